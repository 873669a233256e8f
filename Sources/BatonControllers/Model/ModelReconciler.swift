import BatonAPI
import Foundation
import KubeClient
import KubeCore
import KubeRuntime

/// The Model reconciler's I/O half: reads the Model and its children from the caches, asks the
/// pure `ModelPlanner` for the desired state, and writes only the differences — children by
/// server-side apply, the status subresource, deletions, and Events for transitions.
struct ModelReconciler: Reconciler {
    let caches: ModelCaches
    let applier: ObjectApplier
    let events: EventRecorder
    let configuration: OperatorConfiguration
    let now: @Sendable () -> Date

    func reconcile(_ key: ObjectKey) async throws -> ReconcileResult {
        // Gone: the garbage collector removes the children through their owner references.
        guard let object = caches.models.get(key), object[path: ["metadata", "deletionTimestamp"]] == nil else {
            return .done
        }
        let model: Model
        do {
            model = try object.decode(Model.self)
        } catch {
            // The schema admits nothing the type cannot read; this is an object from a newer,
            // incompatible CRD. Nothing to plan until it changes.
            await events.record(
                about: object, type: .warning, reason: "InvalidSpec", action: "Reconcile",
                note: "Baton cannot read this Model: \(error). Check it against `baton crds`.")
            throw TerminalError(error)
        }
        guard let uid = model.metadata.uid else { return .done }
        let observation = ModelObservation(
            model: model,
            jobs: caches.jobs.controlled(by: uid),
            deployments: caches.deployments.controlled(by: uid),
            services: caches.services.controlled(by: uid),
            autoscalers: caches.autoscalers.controlled(by: uid),
            trainingPods: caches.trainingPods.list(index: ModelCaches.modelIndex, value: key.description))
        let plan = ModelPlanner.plan(observation, configuration: configuration, now: now())

        for child in plan.apply {
            guard let cache = caches.cache(forKind: child["kind"]?.stringValue) else { continue }
            // A Job's pod template cannot change: an existing Job is left as it is, and a
            // changed training spec takes effect with the next version.
            if child["kind"]?.stringValue == APIResource.jobs.kind, let jobKey = ObjectKey(of: child),
                cache.get(jobKey) != nil
            {
                continue
            }
            try await applier.apply(child, in: cache)
        }
        for child in plan.delete {
            guard let cache = caches.cache(forKind: child.kind) else { continue }
            try await applier.delete(ObjectKey(namespace: key.namespace, name: child.name), in: cache)
        }
        if plan.status != model.status {
            try await applier.applyStatus(JSONValue(encoding: plan.status), of: object, in: caches.models)
        }
        for event in plan.events {
            await events.record(
                about: object, type: event.type == .warning ? .warning : .normal, reason: event.reason,
                action: event.action, note: event.message)
        }
        return ReconcileResult(requeueAfter: plan.requeueAfter)
    }
}
