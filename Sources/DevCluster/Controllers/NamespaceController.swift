import KubeCore
import Synchronization

/// Empties a terminating namespace, then releases its `kubernetes` finalizer so it goes away
/// (kube-controller-manager's namespace controller). Objects held by their own finalizers keep
/// the namespace Terminating until their controllers let go. New namespaces get their
/// `default` ServiceAccount (the service-account controller).
///
/// Emptying starts `contentDeletionDelay` after the namespace turns Terminating, as it does a
/// moment later on a real cluster: `kubectl delete -k` deletes a Namespace before the objects
/// in it, and finds them still there.
final class NamespaceController: Sendable {
    static let contentDeletionDelay: Duration = .seconds(1)

    let writes: ObjectWrites
    /// Terminating namespaces: false while waiting out the delay, true once emptying began.
    private let terminating = Mutex<[String: Bool]>([:])
    private var index: ObjectIndex { ObjectIndex(store: writes.store, registry: writes.registry) }
    private var namespaces: ResourceType { writes.registry.lookup(group: "", version: "v1", plural: "namespaces")! }

    init(writes: ObjectWrites) {
        self.writes = writes
    }

    func handle(_ event: StoreEvent) {
        if event.resource == NamespaceRules.namespaces {
            let name = event.object.name
            if event.kind == .added { createDefaultServiceAccount(in: name) }
            if event.kind == .deleted {
                terminating.withLock { $0[name] = nil }
            } else if event.object.isDeleting {
                terminated(name)
            }
        } else if event.kind == .deleted, !event.key.namespace.isEmpty,
            terminating.withLock({ $0[event.key.namespace] == true })
        {
            reconcile(event.key.namespace)
        }
    }

    /// Starts the delay the first time a namespace is seen Terminating; later changes to it
    /// re-check it once emptying has begun.
    private func terminated(_ namespace: String) {
        let state = terminating.withLock { state in
            defer { state[namespace] = state[namespace] ?? false }
            return state[namespace]
        }
        switch state {
        case nil:
            Task {
                try? await Task.sleep(for: Self.contentDeletionDelay)
                terminating.withLock { $0[namespace] = true }
                reconcile(namespace)
            }
        case true?:
            reconcile(namespace)
        case false?:
            break
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
