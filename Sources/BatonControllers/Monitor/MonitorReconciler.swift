import BatonAPI
import Foundation
import KubeCore
import KubeRuntime

/// The Monitor controller's reconciler: finds what the Model serves, evaluates the checks when
/// the Monitor's slot is due, and leaves the rest to the pure `MonitorPlanner`.
struct MonitorReconciler: PlanningReconciler {
    let evaluator: MonitorEvaluator
    let schedule: EvaluationSchedule
    let metrics: MonitorMetrics
    let clock: RuntimeClock

    func observe(_ monitor: Monitor, in stores: Stores) async -> MonitorObservation {
        let key = ObjectKey(namespace: monitor.metadata.namespace, name: monitor.spec.modelRef.name)
        guard let raw = stores[ModelController.resource].get(key), let model = try? raw.decode(Model.self) else {
            return MonitorObservation(monitor: monitor, target: .modelNotFound)
        }
        let serving = model.status?.serving
        let versions = [serving?.stableVersion, serving?.canaryVersion].compactMap { $0 }
        guard !versions.isEmpty else { return MonitorObservation(monitor: monitor, target: .notServing) }

        let uid = monitor.metadata.uid ?? ""
        let slots = EvaluationSlots(interval: monitor.spec.interval.duration, uid: uid)
        let now = clock.date()
        let due = schedule.due(
            uid: uid, generation: monitor.metadata.generation,
            status: (monitor.status?.observedGeneration, monitor.status?.modelVersion), versions: versions, slots: slots,
            now: now)
        guard due <= now else {
            return MonitorObservation(monitor: monitor, target: .serving(versions: versions), nextEvaluation: due)
        }
        let evaluation = await evaluator.evaluate(monitor, model: model, versions: versions)
        let finished = clock.date()
        schedule.record(uid: uid, .init(time: now, generation: monitor.metadata.generation, versions: versions))
        metrics.record(evaluation, of: ObjectKey(namespace: monitor.metadata.namespace, name: monitor.metadata.name ?? ""), at: finished)
        return MonitorObservation(
            monitor: monitor, target: .serving(versions: versions), evaluation: evaluation,
            nextEvaluation: slots.next(after: max(now, finished)))
    }

    func plan(_ observation: MonitorObservation, now: Date) -> MonitorPlan {
        MonitorPlanner.plan(observation, now: now)
    }

    /// All of a Monitor's status but the actions controller's condition.
    func ownedStatus(of monitor: Monitor) -> MonitorStatus? {
        monitor.status?.ownedByMonitorController
    }

    /// What the operator cannot do for a Monitor (an object it cannot read) leaves its health
    /// unknown.
    var failureCondition: FailureCondition {
        FailureCondition(type: MonitorConditions.healthy, status: .unknown)
    }
}
