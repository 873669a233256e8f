import Foundation
import KubeClient
import KubeCore
import Logging

/// The adapter that turns a `PlanningReconciler` into a `Reconciler` (controller-runtime's
/// `AsReconciler`, kube-rs's `Controller::run`): one implementation of fetch, decode, plan,
/// execute, status and Events for every kind.
struct TypedReconciler<Planner: PlanningReconciler>: Reconciler {
    let planner: Planner
    let stores: Stores
    let applier: ObjectApplier
    let events: EventRecorder
    let now: @Sendable () -> Date

    static var undecodableReason: String { "InvalidObject" }
    static var invalidPlanReason: String { "InvalidPlan" }

    func reconcile(_ key: ObjectKey) async throws -> ReconcileResult {
        // Gone, or going: the garbage collector removes the children through their owner
        // references (no finalizer: nothing outside the cluster to clean up).
        guard let raw = stores.primary.get(key), raw[path: ["metadata", "deletionTimestamp"]] == nil else {
            return .done
        }
        let object: Planner.Object
        do {
            object = try raw.decode(Planner.Object.self)
        } catch {
            // The schema admits nothing the type cannot read, so this is an object written under
            // a newer, incompatible CRD.
            let kind = raw["kind"]?.stringValue ?? "object"
            try await report(
                raw, reason: Self.undecodableReason, action: "Decode",
                message: "Baton cannot read this \(kind): \(error). Check it against the CRDs this operator installs (`baton crds`).")
            throw TerminalError(error)
        }
        let observation = await planner.observe(object, in: stores)
        let time = now()
        let plan = planner.plan(observation, now: time)
        let refused: [ChildWriteFailure]
        do {
            refused = try await PlanExecutor(applier: applier, stores: stores).execute(plan, namespace: key.namespace)
        } catch let error as TerminalError where error.underlying is PlanError {
            try await report(
                raw, reason: Self.invalidPlanReason, action: "Reconcile",
                message: "Baton cannot carry out its plan for this object: \(error.underlying). This is a bug in the operator: report it.")
            throw error
        }
        let current = planner.ownedStatus(of: object)
        var status = plan.status
        if !refused.isEmpty {
            let condition = planner.failureCondition.condition(
                refused: refused, observedGeneration: Self.generation(of: raw), now: KubeTime(time))
            status = status.setting(condition, since: current)
        }
        if status != current {
            try await applier.applyStatus(JSONValue(encoding: status), of: raw, in: stores.primary)
        }
        // After the status that acknowledges them, so a request is never dropped unrecorded.
        for (annotation, value) in plan.consumedAnnotations.sorted(by: { $0.key < $1.key }) {
            try await applier.removeAnnotation(annotation, value: value, of: raw, in: stores.primary)
        }
        for event in plan.events {
            await events.record(about: raw, type: event.type, reason: event.reason, action: event.action, note: event.message)
        }
        for failure in refused {
            await events.record(
                about: raw, type: .warning, reason: failure.reason, action: failure.action, note: failure.description)
        }
        guard refused.isEmpty else { throw ChildWritesRefused(failures: refused) }
        return ReconcileResult(requeueAfter: plan.requeueAfter)
    }

    /// Tells what the operator cannot do on the object itself, not only in a log line: the
    /// failure condition, set by a JSON patch that touches nothing else (the typed status may be
    /// unavailable), and a Warning Event.
    private func report(_ raw: JSONValue, reason: String, action: String, message: String) async throws {
        let condition = planner.failureCondition.condition(
            reason: reason, message: message, observedGeneration: Self.generation(of: raw), now: KubeTime(now()))
        try await applier.setCondition(condition, of: raw, in: stores.primary)
        await events.record(about: raw, type: .warning, reason: reason, action: action, note: message)
    }

    private static func generation(of object: JSONValue) -> Int64? {
        object[path: ["metadata", "generation"]]?.intValue
    }
}
