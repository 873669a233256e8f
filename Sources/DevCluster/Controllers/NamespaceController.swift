import KubeCore

/// Empties a terminating namespace, then releases its `kubernetes` finalizer so it goes away
/// (kube-controller-manager's namespace controller). Objects held by their own finalizers keep
/// the namespace Terminating until their controllers let go. New namespaces get their
/// `default` ServiceAccount (the service-account controller).
struct NamespaceController: Sendable {
    let writes: ObjectWrites
    private var index: ObjectIndex { ObjectIndex(store: writes.store, registry: writes.registry) }
    private var namespaces: ResourceType { writes.registry.lookup(group: "", version: "v1", plural: "namespaces")! }

    func handle(_ event: StoreEvent) {
        if event.resource == NamespaceRules.namespaces {
            if event.kind == .added { createDefaultServiceAccount(in: event.object.name) }
            if event.kind != .deleted, event.object.isDeleting { reconcile(event.object.name) }
        } else if event.kind == .deleted, !event.key.namespace.isEmpty,
            writes.store.get(NamespaceRules.namespaces, ObjectKey(namespace: "", name: event.key.namespace))?.isDeleting == true
        {
            reconcile(event.key.namespace)
        }
    }

    private func reconcile(_ namespace: String) {
        var remaining = 0
        for type in index.resourceTypes where type.namespaced {
            for (key, object) in writes.store.list(type.storageKey, namespace: namespace).items {
                remaining += 1
                if !object.isDeleting {
                    _ = try? writes.delete(type, namespace: namespace, name: key.name, .init(propagation: .background))
                }
            }
        }
        guard remaining == 0 else { return }
        _ = try? writes.update(
            namespaces, namespace: nil, name: namespace, subresource: "finalize", WriteOptions(fieldManager: "namespace-controller")
        ) { current in
            var copy = current
            let kept = (current[path: ["spec", "finalizers"]]?.arrayValue ?? []).filter {
                $0.stringValue != NamespaceStrategy.finalizer
            }
            copy[path: ["spec", "finalizers"]] = .array(kept)
            return copy
        }
    }

    /// What the service-account controller does: every namespace has a `default` ServiceAccount.
    private func createDefaultServiceAccount(in namespace: String) {
        guard let accounts = writes.registry.lookup(group: "", version: "v1", plural: "serviceaccounts") else { return }
        let account: JSONValue = ["apiVersion": "v1", "kind": "ServiceAccount", "metadata": ["name": "default"]]
        _ = try? writes.create(accounts, namespace: namespace, account, WriteOptions(fieldManager: "kube-controller-manager"))
    }
}
