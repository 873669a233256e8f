import KubeCore

/// Owner-reference garbage collection, as kube-controller-manager's garbage collector does it:
/// background (dependents deleted once the owner is gone), foreground (the owner waits, with
/// the `foregroundDeletion` finalizer, until its dependents are gone) and orphan (dependents
/// lose the owner reference, then the owner goes). Objects created with only absent owners
/// are collected too.
struct GarbageCollector: Sendable {
    let writes: ObjectWrites
    private var index: ObjectIndex { ObjectIndex(store: writes.store, registry: writes.registry) }
    private let options = WriteOptions(fieldManager: "garbage-collector")

    init(writes: ObjectWrites) {
        self.writes = writes
    }

    func handle(_ event: StoreEvent) {
        let object = event.object
        switch event.kind {
        case .deleted:
            collectDependents(of: object, propagation: .background)
            for reference in object[path: ["metadata", "ownerReferences"]]?.arrayValue ?? [] {
                if let (type, owner) = index.owner(reference, namespace: object.namespace) {
                    finishForeground(type, owner)
                }
            }
        case .added, .modified:
            guard let type = index.resourceTypes.first(where: { $0.storageKey == event.resource }) else { return }
            let finalizers = FinalizerRules.finalizers(object)
            if object.isDeleting && finalizers.contains(FinalizerRules.orphan) {
                orphanDependents(type, object)
            } else if object.isDeleting && finalizers.contains(FinalizerRules.foreground) {
                collectDependents(of: object, propagation: .foreground)
                finishForeground(type, object)
            } else if event.kind == .added {
                collectIfOrphaned(type, object)
            }
        }
    }

    private func collectDependents(of owner: JSONValue, propagation: ObjectWrites.DeleteOptions.Propagation) {
        for (type, dependent) in index.dependents(of: owner.uid) where !dependent.isDeleting {
            let living = (dependent[path: ["metadata", "ownerReferences"]]?.arrayValue ?? []).filter {
                $0["uid"]?.stringValue != owner.uid && index.owner($0, namespace: dependent.namespace) != nil
            }
            if living.isEmpty || owner.isDeleting {
                _ = try? writes.delete(type, namespace: dependent.namespace, name: dependent.name, .init(propagation: propagation))
            } else {
                removeReference(to: owner.uid, from: type, dependent)
            }
        }
    }

    /// Removes the `foregroundDeletion` finalizer once no dependent is left.
    private func finishForeground(_ type: ResourceType, _ owner: JSONValue) {
        guard owner.isDeleting, FinalizerRules.finalizers(owner).contains(FinalizerRules.foreground),
            index.dependents(of: owner.uid).isEmpty
        else { return }
        removeFinalizer(FinalizerRules.foreground, type, owner)
    }

    private func orphanDependents(_ type: ResourceType, _ owner: JSONValue) {
        for (dependentType, dependent) in index.dependents(of: owner.uid) {
            removeReference(to: owner.uid, from: dependentType, dependent)
        }
        removeFinalizer(FinalizerRules.orphan, type, owner)
    }

    /// A new object whose owners all do not exist is collected right away.
    private func collectIfOrphaned(_ type: ResourceType, _ object: JSONValue) {
        let references = object[path: ["metadata", "ownerReferences"]]?.arrayValue ?? []
        guard !references.isEmpty, references.allSatisfy({ index.owner($0, namespace: object.namespace) == nil }) else { return }
        _ = try? writes.delete(type, namespace: object.namespace, name: object.name, .init(propagation: .background))
    }

    private func removeReference(to uid: String, from type: ResourceType, _ object: JSONValue) {
        _ = try? writes.update(type, namespace: object.namespace, name: object.name, options) { current in
            var copy = current
            let kept = (current[path: ["metadata", "ownerReferences"]]?.arrayValue ?? []).filter { $0["uid"]?.stringValue != uid }
            copy[path: ["metadata", "ownerReferences"]] = kept.isEmpty ? nil : .array(kept)
            return copy
        }
    }

    private func removeFinalizer(_ finalizer: String, _ type: ResourceType, _ object: JSONValue) {
        _ = try? writes.update(type, namespace: object.namespace, name: object.name, options) { current in
            var copy = current
            let kept = FinalizerRules.finalizers(current).filter { $0 != finalizer }
            copy[path: ["metadata", "finalizers"]] = kept.isEmpty ? nil : .array(kept.map(JSONValue.string))
            return copy
        }
    }
}
