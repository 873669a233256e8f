import KubeCore

/// Serves the resources of CRDs (apiextensions-apiserver's role): once a CRD is stored, its
/// versions become resources and it reports `NamesAccepted` and `Established`; when it is
/// deleted, its custom resources are deleted first, then it goes.
struct CustomResourceDefinitionController: Sendable {
    static let cleanupFinalizer = "customresourcecleanup.apiextensions.k8s.io"

    let writes: ObjectWrites
    private var registry: ResourceRegistry { writes.registry }
    private var definitions: ResourceType {
        registry.lookup(group: "apiextensions.k8s.io", version: "v1", plural: "customresourcedefinitions")!
    }
    private let options = WriteOptions(fieldManager: "kube-apiserver")

    static let resource = ResourceKey(group: "apiextensions.k8s.io", resource: "customresourcedefinitions")

    func handle(_ event: StoreEvent) {
        if event.resource == Self.resource {
            switch event.kind {
            case .deleted: registry.setCustom([], for: event.object.name)
            case .added, .modified: reconcile(event.object)
            }
        } else if event.kind == .deleted, let owner = definition(serving: event.resource), owner.isDeleting {
            reconcile(owner)
        }
    }

    private func definition(serving resource: ResourceKey) -> JSONValue? {
        let name = "\(resource.resource).\(resource.group)"
        guard registry.custom(for: name).contains(where: { $0.storageKey == resource }) else { return nil }
        return writes.store.get(Self.resource, ObjectKey(namespace: "", name: name))
    }

    private func reconcile(_ crd: JSONValue) {
        if crd.isDeleting {
            cleanUp(crd)
            return
        }
        let types: [ResourceType]
        do {
            types = try CustomResourceTypes.types(of: crd)
        } catch {
            setConditions(crd, established: false, reason: "InvalidSchema", message: "\(error)")
            return
        }
        registry.setCustom(types, for: crd.name)
        setConditions(crd, established: true, reason: "InitialNamesAccepted", message: "the initial names have been accepted")
    }

    private func setConditions(_ crd: JSONValue, established: Bool, reason: String, message: String) {
        _ = try? writes.update(definitions, namespace: nil, name: crd.name, subresource: "status", options) { current in
            var copy = current
            var conditions = (try? (current[path: ["status", "conditions"]] ?? []).decode([Condition].self)) ?? []
            let now = writes.now
            _ = conditions.setCondition(
                type: "NamesAccepted", status: .true, reason: "NoConflicts", message: "no conflicts found", now: now)
            _ = conditions.setCondition(
                type: "Established", status: established ? .true : .false, reason: reason, message: message, now: now)
            copy[path: ["status", "conditions"]] = (try? JSONValue(encoding: conditions)) ?? []
            copy[path: ["status", "acceptedNames"]] = current[path: ["spec", "names"]]
            let storage = (current[path: ["spec", "versions"]]?.arrayValue ?? [])
                .first { $0["storage"]?.boolValue == true }?["name"]
            var stored = current[path: ["status", "storedVersions"]]?.arrayValue ?? []
            if let storage, !stored.contains(storage) { stored.append(storage) }
            copy[path: ["status", "storedVersions"]] = .array(stored)
            return copy
        }
    }

    /// Deletes every custom resource of the CRD; when none is left, stops serving them and
    /// releases the cleanup finalizer.
    private func cleanUp(_ crd: JSONValue) {
        let types = registry.custom(for: crd.name)
        var remaining = 0
        if let type = types.first {
            for (key, object) in writes.store.list(type.storageKey, namespace: nil).items {
                remaining += 1
                if !object.isDeleting {
                    _ = try? writes.delete(type, namespace: key.namespace, name: key.name, .init(propagation: .background))
                }
            }
        }
        guard remaining == 0 else { return }
        registry.setCustom([], for: crd.name)
        _ = try? writes.update(definitions, namespace: nil, name: crd.name, options) { current in
            var copy = current
            let kept = FinalizerRules.finalizers(current).filter { $0 != Self.cleanupFinalizer }
            copy[path: ["metadata", "finalizers"]] = kept.isEmpty ? nil : .array(kept.map(JSONValue.string))
            return copy
        }
    }
}
