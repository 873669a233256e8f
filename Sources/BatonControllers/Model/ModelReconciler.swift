import BatonAPI
import Foundation
import KubeCore
import KubeRuntime

/// The Model controller's reconciler: what it reads of a Model's children, and the pure
/// `ModelPlanner` for what it wants. Everything else (fetch, decode, write, status, Events) is
/// the runtime's `TypedReconciler`.
struct ModelReconciler: PlanningReconciler {
    let configuration: OperatorConfiguration
    /// Nil: no rollout is judged (every analysis stays due, and Inconclusive holds it).
    let analyzer: RolloutAnalyzer?

    /// Children are found by the controller owner reference, never by name or label: a Model
    /// name longer than a label value is only a hash in the labels. Training pods are the
    /// Jobs' (the Job controller owns them), found through each Job's UID.
    func observe(_ model: Model, in stores: Stores) async -> ModelObservation {
        let uid = model.metadata.uid ?? ""
        let jobs = stores[.jobs].controlled(by: uid)
        let pods = stores[.pods]
        let monitors = stores[MonitorController.resource]
        let analysis = await analyzer?.analyze(model, monitors: monitors) ?? RolloutAnalyzer.Analysis()
        var observation = ModelObservation(
            model: model,
            jobs: jobs,
            deployments: stores[.deployments].controlled(by: uid),
            services: stores[.services].controlled(by: uid),
            autoscalers: stores[.horizontalPodAutoscalers].controlled(by: uid),
            trainingPods: jobs.compactMap { $0[path: ["metadata", "uid"]]?.stringValue }.flatMap(pods.controlled(by:)),
            monitors: MonitorIndex.monitors(
                of: ObjectKey(namespace: model.metadata.namespace, name: model.metadata.name ?? ""),
                in: monitors
            ).compactMap { try? $0.decode(Monitor.self) },
            rolloutEvaluation: analysis.evaluation, analysisInterval: analysis.interval)
        let routes = stores[ModelController.httpRoutes]
        observation.httpRoutes = routes.controlled(by: uid)
        observation.servesHTTPRoutes = routes.isServed
        observation.policies = Self.policies(selecting: model, in: stores[ModelController.policies])
        return observation
    }

    /// The Policies of the Model's namespace that select it (a selector that does not parse
    /// selects nothing: the API server validates it).
    static func policies(selecting model: Model, in cache: ObjectCache) -> [Policy] {
        let labels = model.metadata.labels ?? [:]
        return cache.list(namespace: model.metadata.namespace).compactMap { try? $0.decode(Policy.self) }.filter {
            (try? $0.spec.modelSelector.matches(labels)) ?? false
        }
    }

    func plan(_ observation: ModelObservation, now: Date) -> ModelPlan {
        ModelPlanner.plan(observation, configuration: configuration, now: now)
    }

    func ownedStatus(of model: Model) -> ModelStatus? {
        model.status?.ownedByModelController
    }

    /// What a Model cannot get done — a child write the API refused (quota, webhook, permission,
    /// immutable field), an object Baton cannot read — makes it `Degraded`, with the reason
    /// and message of what to fix.
    var failureCondition: FailureCondition { FailureCondition(type: ModelConditions.degraded, status: .true) }
}
