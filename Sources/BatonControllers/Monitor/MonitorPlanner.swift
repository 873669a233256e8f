import BatonAPI
import Foundation
import KubeCore
import KubeRuntime

public typealias MonitorPlan = ReconcilePlan<MonitorStatus>

/// The Monitor's status from what was measured, as a pure function. A result keeps the value
/// and message it had when its verdict last changed, so an evaluation whose verdicts are all
/// unchanged plans the status the Monitor already has and costs no write: the values that move
/// every interval go to the operator's metrics instead.
enum MonitorPlanner {
    static func plan(_ observation: MonitorObservation, now: Date) -> MonitorPlan {
        let monitor = observation.monitor
        let current = monitor.status?.ownedByMonitorController ?? MonitorStatus()
        var status = current
        status.observedGeneration = monitor.metadata.generation
        let time = KubeTime(now)
        var conditions = Conditions(generation: monitor.metadata.generation, now: time, existing: current.conditions ?? [])
        let modelName = monitor.spec.modelRef.name

        switch observation.target {
        case .modelNotFound, .notServing:
            // Nothing to measure: no results, and health unknown with what to do about it.
            status.metrics = nil
            status.drift = nil
            status.modelVersion = nil
            let (reason, message) = observation.target == .modelNotFound
                ? (MonitorConditions.Reason.modelNotFound,
                   "Model \(modelName) not found in this namespace: fix spec.modelRef or create the Model")
                : (MonitorConditions.Reason.notServing, "Model \(modelName) serves no version yet; checks start once it does")
            conditions.setAll(.unknown, reason: reason, message: message)
        case let .serving(versions):
            status.modelVersion = versions.first
            if let evaluation = observation.evaluation {
                status.metrics = Self.merged(evaluation.metrics, keeping: current.metrics)
                status.drift = Self.merged(evaluation.drift, keeping: current.drift)
                conditions.judge(metrics: status.metrics ?? [], drift: status.drift ?? [])
            } else if current.conditions?.isEmpty ?? true {
                conditions.setAll(.unknown, reason: MonitorConditions.Reason.pending,
                    message: "first evaluation of Model \(modelName) due at \(observation.nextEvaluation.map { KubeTime($0).description } ?? "once it serves")")
            }
        }
        status.conditions = conditions.list
        var withoutTime = status
        withoutTime.lastEvaluationTime = current.lastEvaluationTime
        status.lastEvaluationTime = withoutTime == current ? current.lastEvaluationTime : time

        return MonitorPlan(
            status: status,
            events: Self.events(from: current.conditions ?? [], to: status.conditions ?? []),
            requeueAfter: observation.nextEvaluation.map { .seconds(max(0, $0.timeIntervalSince(now))) })
    }

    /// The new results in their order, each replaced by the current one for the same check and
    /// version when the verdict is the same — and, for an Inconclusive one, the cause: the cause
    /// is what to fix, so a new one is written, but not the counts in it ("only 12 samples").
    private static func merged(_ results: [MetricResult], keeping current: [MetricResult]?) -> [MetricResult]? {
        guard !results.isEmpty else { return nil }
        return results.map { result in
            current?.first {
                $0.name == result.name && $0.version == result.version && $0.verdict == result.verdict
                    && (result.verdict != .inconclusive || cause(of: $0) == cause(of: result))
            } ?? result
        }
    }

    /// A message with its numbers taken out.
    private static func cause(of result: MetricResult) -> String {
        String((result.message ?? "").map { $0.isNumber ? "#" : $0 })
    }

    /// One Event per condition that changed status, Warnings for what needs a look.
    private static func events(from old: [Condition], to new: [Condition]) -> [PlannedEvent] {
        new.compactMap { condition in
            let before = old.condition(ofType: condition.type)
            guard before?.status != condition.status || before?.reason != condition.reason else { return nil }
            let message = condition.message ?? ""
            switch (condition.type, condition.status) {
            case (MonitorConditions.degraded, .true):
                return PlannedEvent(.warning, reason: MonitorConditions.degraded, action: "Evaluate", message: message)
            case (MonitorConditions.driftDetected, .true):
                return PlannedEvent(.warning, reason: MonitorConditions.driftDetected, action: "Evaluate", message: message)
            case (MonitorConditions.healthy, .true):
                return PlannedEvent(.normal, reason: MonitorConditions.healthy, action: "Evaluate", message: message)
            case (MonitorConditions.healthy, .unknown):
                return PlannedEvent(.warning, reason: condition.reason, action: "Evaluate", message: message)
            default:
                return nil
            }
        }
    }
}

/// The three conditions being set, each keeping its transition time unless its status changes.
private struct Conditions {
    let generation: Int64?
    let now: KubeTime
    var list: [Condition]

    init(generation: Int64?, now: KubeTime, existing: [Condition]) {
        self.generation = generation
        self.now = now
        list = existing
    }

    mutating func set(_ type: String, _ status: ConditionStatus, reason: String, message: String) {
        list.setCondition(type: type, status: status, reason: reason, message: message, observedGeneration: generation, now: now)
    }

    mutating func setAll(_ status: ConditionStatus, reason: String, message: String) {
        for type in [MonitorConditions.healthy, MonitorConditions.degraded, MonitorConditions.driftDetected] {
            set(type, status, reason: reason, message: message)
        }
    }

    mutating func judge(metrics: [MetricResult], drift: [MetricResult]) {
        typealias Reason = MonitorConditions.Reason
        let degraded = Self.summary(
            of: metrics, failing: Reason.thresholdViolated, passing: Reason.withinThresholds, none: Reason.noMetricChecks,
            passMessage: "every metric check is within its thresholds")
        let drifted = Self.summary(
            of: drift, failing: Reason.scoreAboveThreshold, passing: Reason.noDrift, none: Reason.noDriftChecks,
            passMessage: "every drift score is below its threshold")
        set(MonitorConditions.degraded, degraded.status, reason: degraded.reason, message: degraded.message)
        set(MonitorConditions.driftDetected, drifted.status, reason: drifted.reason, message: drifted.message)
        if degraded.status == .true || drifted.status == .true {
            let violation = degraded.status == .true ? degraded : drifted
            let reason = degraded.status == .true ? MonitorConditions.degraded : MonitorConditions.driftDetected
            set(MonitorConditions.healthy, .false, reason: reason, message: violation.message)
        } else if degraded.status == .unknown || drifted.status == .unknown {
            let unsure = degraded.status == .unknown ? degraded : drifted
            set(MonitorConditions.healthy, .unknown, reason: Reason.inconclusive, message: unsure.message)
        } else {
            set(MonitorConditions.healthy, .true, reason: Reason.allChecksPass,
                message: "\(metrics.count + drift.count) checks pass for \(Set(metrics.map(\.version) + drift.map(\.version)).compactMap { $0 }.sorted().joined(separator: ", "))")
        }
    }

    /// A condition over results: True with the failures when any fails; else Unknown with the
    /// inconclusive ones; else False.
    private static func summary(
        of results: [MetricResult], failing: String, passing: String, none: String, passMessage: String
    ) -> (status: ConditionStatus, reason: String, message: String) {
        if results.isEmpty { return (.false, none, "no checks of this kind") }
        let failed = results.filter { $0.verdict == .fail }
        if !failed.isEmpty { return (.true, failing, listed(failed)) }
        let unsure = results.filter { $0.verdict == .inconclusive }
        if !unsure.isEmpty { return (.unknown, MonitorConditions.Reason.inconclusive, listed(unsure)) }
        return (.false, passing, passMessage)
    }

    /// The first three results' messages, and how many more there are.
    private static func listed(_ results: [MetricResult]) -> String {
        let shown = results.prefix(3).map { $0.message ?? $0.name }.joined(separator: "; ")
        return results.count > 3 ? "\(shown); and \(results.count - 3) more" : shown
    }
}
