import KubeCore

/// The HorizontalPodAutoscaler controller, simulated without load: no metrics reach the dev
/// cluster, so each autoscaled Deployment is held at its `minReplicas` floor (and under
/// `maxReplicas`), the way a real HPA holds an idle workload — enough for anything that waits
/// for an autoscaled Deployment to become available. The HPA's status reports the replicas.
struct AutoscalerSimulator: Sendable {
    let writes: ObjectWrites
    private let options = WriteOptions(fieldManager: "horizontal-pod-autoscaler")

    private var autoscalers: ResourceType { writes.registry.lookup(group: "autoscaling", version: "v2", plural: "horizontalpodautoscalers")! }
    private var deployments: ResourceType { writes.registry.lookup(group: "apps", version: "v1", plural: "deployments")! }

    func handle(_ event: StoreEvent) {
        switch event.resource {
        case autoscalers.storageKey where event.kind != .deleted && !event.object.isDeleting:
            reconcile(event.object)
        case deployments.storageKey where event.kind != .deleted:
            // A Deployment created (or rescaled by someone) after its HPA.
            for autoscaler in writes.store.list(autoscalers.storageKey, namespace: event.object.namespace).items.map(\.object)
            where Self.target(of: autoscaler) == event.object.name {
                reconcile(autoscaler)
            }
        default:
            break
        }
    }

    private static func target(of autoscaler: JSONValue) -> String? {
        guard autoscaler[path: ["spec", "scaleTargetRef", "kind"]]?.stringValue == "Deployment" else { return nil }
        return autoscaler[path: ["spec", "scaleTargetRef", "name"]]?.stringValue
    }

    private func reconcile(_ autoscaler: JSONValue) {
        guard let target = Self.target(of: autoscaler),
            let deployment = writes.store.get(deployments.storageKey, ObjectKey(namespace: autoscaler.namespace, name: target)),
            !deployment.isDeleting
        else { return }
        let minimum = autoscaler[path: ["spec", "minReplicas"]]?.intValue ?? 1
        let maximum = autoscaler[path: ["spec", "maxReplicas"]]?.intValue ?? minimum
        let current = deployment[path: ["spec", "replicas"]]?.intValue ?? 1
        let desired = min(max(current, minimum), max(maximum, minimum))
        if desired != current {
            _ = try? writes.update(deployments, namespace: deployment.namespace, name: deployment.name, options) { object in
                var object = object
                object[path: ["spec", "replicas"]] = .integer(desired)
                return object
            }
        }
        let status: JSONValue = ["currentReplicas": .integer(current), "desiredReplicas": .integer(desired)]
        guard autoscaler["status"]?["desiredReplicas"] != status["desiredReplicas"]
            || autoscaler["status"]?["currentReplicas"] != status["currentReplicas"]
        else { return }
        _ = try? writes.update(autoscalers, namespace: autoscaler.namespace, name: autoscaler.name, subresource: "status", options) { object in
            var object = object
            object["status"] = status
            return object
        }
    }
}
