import BatonAPI
import Foundation
import KubeCore
import KubeRuntime

/// Wires the Model controller into a manager: what it watches and caches, and its reconciler.
public enum ModelController {
    public static let name = "model"
    /// The server-side apply field manager of everything this controller writes: children and
    /// its part of the Model's status. Other controllers writing Models use their own.
    public static let fieldManager = "baton-model"

    public static let resource = APIResource(Model.groupVersionResource, kind: Model.kind)
    public static let policies = APIResource(Policy.groupVersionResource, kind: Policy.kind)
    /// Gateway API's HTTPRoutes, for the GatewayAPI router: optional, since a cluster without
    /// Gateway API does not serve them (a Model asking for the router then says so).
    public static let httpRoutes = APIResource(
        .init(group: "gateway.networking.k8s.io", version: "v1", resource: "httproutes"), kind: ChildKind.httpRoute.rawValue)

    /// Registers the controller; call before `manager.run()`.
    @discardableResult
    public static func register(
        on manager: Manager, configuration: OperatorConfiguration, events: EventRecorder,
        prometheus: PrometheusClient = PrometheusClient(), workers: Int = 4
    ) throws -> Controller {
        // Only Baton's own children are cached, so the operator does not hold every Pod and
        // Service of the cluster in memory.
        let children = BatonLabels.model
        let training = "\(BatonLabels.model),\(BatonLabels.component)=\(BatonLabels.Component.training.rawValue)"
        let builder = manager.controller(name)
            .for(resource)
            .owns(.jobs, labelSelector: children)
            .owns(.deployments, labelSelector: children)
            .owns(.services, labelSelector: children)
            .owns(.horizontalPodAutoscalers, labelSelector: children)
            .owns(httpRoutes, labelSelector: children, optional: true)
        return try builder
            .watches(.pods, labelSelector: training, map: modelOfTrainingPod(jobs: builder.stores[.jobs]))
            // A Monitor's verdict is the Model's Healthy condition.
            .watches(MonitorController.resource, indexes: MonitorIndex.indexes) { monitor in
                guard let model = monitor[path: ["spec", "modelRef", "name"]]?.stringValue else { return [] }
                return [ObjectKey(namespace: monitor[path: ["metadata", "namespace"]]?.stringValue, name: model)]
            }
            // A Policy judges the Models its selector picks, before and after it changes.
            .watches(policies) { policy in
                (try? policy.decode(Policy.self)).map { $0.spec.modelSelector }
            }
            .workers(workers)
            .complete(
                ModelReconciler(
                    configuration: configuration,
                    analyzer: RolloutAnalyzer(
                        evaluator: MonitorEvaluator(manager: manager, configuration: configuration, prometheus: prometheus),
                        clock: manager.clock)),
                fieldManager: fieldManager, events: events)
    }

    /// A training pod wakes the Model that controls the Job that controls it.
    private static func modelOfTrainingPod(jobs: ObjectCache) -> @Sendable (JSONValue) -> [ObjectKey] {
        { pod in
            let namespace = pod[path: ["metadata", "namespace"]]?.stringValue
            guard let job = OwnerReferences.controller(of: pod), APIResource.jobs.isKind(of: job),
                let owner = jobs.get(ObjectKey(namespace: namespace, name: job.name)).flatMap(OwnerReferences.controller(of:)),
                resource.isKind(of: owner)
            else { return [] }
            return [ObjectKey(namespace: namespace, name: owner.name)]
        }
    }
}
