import BatonAPI
import Foundation
import KubeCore
import KubeRuntime

/// Wires the Model controller into a manager: what it watches, how a change finds its Model,
/// and the reconciler.
public enum ModelController {
    public static let name = "model"
    /// The server-side apply field manager of everything the operator writes.
    public static let fieldManager = "baton"

    public static let resource = APIResource(Model.groupVersionResource, kind: Model.kind)

    /// Registers the controller; call before `manager.run()`.
    @discardableResult
    public static func register(
        on manager: Manager, configuration: OperatorConfiguration, events: EventRecorder, workers: Int = 4,
        now: @escaping @Sendable () -> Date = Date.init
    ) -> Controller {
        let children = "\(ModelLabels.model)"
        let training = "\(ModelLabels.model),\(ModelLabels.component)=\(ModelLabels.Component.training.rawValue)"
        let modelOfPod: @Sendable (JSONValue) -> ObjectKey? = { pod in
            guard let name = pod[path: ["metadata", "labels", ModelLabels.model]]?.stringValue else { return nil }
            return ObjectKey(namespace: pod[path: ["metadata", "namespace"]]?.stringValue, name: name)
        }
        let builder = manager.controller(name)
            .for(resource)
            .owns(.jobs, labelSelector: children)
            .owns(.deployments, labelSelector: children)
            .owns(.services, labelSelector: children)
            .owns(.horizontalPodAutoscalers, labelSelector: children)
            .watches(.pods, labelSelector: training, indexes: [ModelCaches.modelIndex: { modelOfPod($0).map { [$0.description] } ?? [] }]) {
                modelOfPod($0).map { [$0] } ?? []
            }
            .workers(workers)
        let caches = ModelCaches(
            models: manager.informer(for: resource).cache,
            jobs: manager.informer(for: .jobs, labelSelector: children).cache,
            deployments: manager.informer(for: .deployments, labelSelector: children).cache,
            services: manager.informer(for: .services, labelSelector: children).cache,
            autoscalers: manager.informer(for: .horizontalPodAutoscalers, labelSelector: children).cache,
            trainingPods: manager.informer(for: .pods, labelSelector: training).cache)
        return builder.complete(
            ModelReconciler(
                caches: caches, applier: ObjectApplier(client: manager.client, fieldManager: fieldManager),
                events: events, configuration: configuration, now: now))
    }
}
