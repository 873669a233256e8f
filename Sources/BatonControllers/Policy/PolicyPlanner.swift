import BatonAPI
import Foundation
import KubeCore
import KubeRuntime
import PolicyEngine

typealias PolicyPlan = ReconcilePlan<PolicyStatus>

/// A Policy's report — the summary, the results, `Ready` — from the Models it selects, as a
/// pure function. A result keeps the time it had while the Model's version, result and
/// violations stay the same, so planning again without a change plans the status the Policy
/// already has and costs no write; Events tell only of Models starting or stopping to violate.
enum PolicyPlanner {
    static func plan(_ observation: PolicyObservation, now: Date) -> PolicyPlan {
        let policy = observation.policy
        let current = policy.status ?? PolicyStatus()
        var status = current
        status.observedGeneration = policy.metadata.generation
        var conditions = current.conditions ?? []
        let time = KubeTime(now)
        func setReady(_ value: ConditionStatus, reason: String, message: String) {
            conditions.setCondition(
                type: PolicyConditions.ready, status: value, reason: reason, message: message,
                observedGeneration: policy.metadata.generation, now: time)
        }

        switch observation.selection {
        case let .invalidSelector(problem):
            // As the Model controller's gate reads it: a selector that does not parse selects
            // nothing, so the Policy governs no Model until it is fixed.
            status.summary = PolicySummary(pass: 0, fail: 0)
            status.results = nil
            let message = "spec.modelSelector does not parse (\(problem)): the Policy selects no Model until it is fixed"
            setReady(.false, reason: PolicyConditions.Reason.invalidSelector, message: message)
            status.conditions = conditions
            let shown = current.conditions?.condition(ofType: PolicyConditions.ready)?.reason
                == PolicyConditions.Reason.invalidSelector
            let event = PlannedEvent(.warning, reason: PolicyConditions.Reason.invalidSelector, action: "Evaluate", message: message)
            return PolicyPlan(status: status, events: shown ? [] : [event])

        case let .models(subjects):
            let all = results(of: subjects, against: policy.spec, keeping: current.results ?? [], now: now)
            let failing = all.count(where: { $0.result == .fail })
            let listed = Array(all.prefix(PolicyStatus.resultsLimit))
            status.summary = PolicySummary(pass: Int32(all.count - failing), fail: Int32(failing))
            status.results = listed.isEmpty ? nil : listed
            setReady(.true, reason: PolicyConditions.Reason.evaluated, message: readyMessage(total: all.count, failing: failing))
            status.conditions = conditions
            return PolicyPlan(
                status: status,
                events: events(from: current, to: listed, enforcement: policy.spec.enforcement),
                requeueAfter: policy.spec.deploymentWindows?.isEmpty == false && !subjects.isEmpty
                    ? untilNextMinute(after: now) : nil)
        }
    }

    /// Every subject's result, violating ones first, then by Model name. A result the same as
    /// the one reported (version, result, violations) keeps its time: the time says when the
    /// Model's result last changed, not when it was last looked at.
    private static func results(
        of subjects: [PolicySubject], against spec: PolicySpec, keeping reported: [PolicyResult], now: Date
    ) -> [PolicyResult] {
        let previous = Dictionary(reported.map { ($0.modelRef.name, $0) }) { first, _ in first }
        return subjects.map { subject in
            let name = subject.model.metadata.name ?? ""
            let violations = PolicyEngine.violations(of: spec, by: subject, now: now)
            var result = PolicyResult(
                modelRef: LocalObjectReference(name: name), version: subject.version,
                result: violations.isEmpty ? .pass : .fail, violations: violations.isEmpty ? nil : violations,
                time: KubeTime(now))
            if let before = previous[name], before.version == result.version, before.result == result.result,
                before.violations == result.violations
            {
                result.time = before.time
            }
            return result
        }.sorted { lhs, rhs in
            lhs.result != rhs.result ? lhs.result == .fail : lhs.modelRef.name < rhs.modelRef.name
        }
    }

    private static func readyMessage(total: Int, failing: Int) -> String {
        let message = "Evaluated \(total) \(total == 1 ? "Model" : "Models"): \(total - failing) pass, \(failing) fail"
        if total == 0 { return message + " (spec.modelSelector matches no Model in this namespace)" }
        if total > PolicyStatus.resultsLimit {
            return message + "; status.results lists the first \(PolicyStatus.resultsLimit), violating ones first"
        }
        return message
    }

    /// One Event per listed Model whose result turned: a Warning when it starts violating, a
    /// Normal one when it complies again. A Model missing from the results reported counts as
    /// compliant before only when those results listed every violating Model (the cut may have
    /// left some out); Models beyond the cut get no Event, which bounds a reconcile's Events.
    private static func events(from current: PolicyStatus, to listed: [PolicyResult], enforcement: Enforcement) -> [PlannedEvent] {
        let reported = current.results ?? []
        let before = Dictionary(reported.map { ($0.modelRef.name, $0.result) }) { first, _ in first }
        let everyFailureListed = reported.count(where: { $0.result == .fail }) >= Int(current.summary?.fail ?? 0)
        return listed.compactMap { result in
            let model = "Model \(result.modelRef.name) version \(result.version)"
            switch (before[result.modelRef.name], result.result) {
            case (.pass?, .fail), (nil, .fail) where everyFailureListed:
                let broken = (result.violations ?? []).map { "\($0.rule.rawValue): \($0.message)" }.joined(separator: "; ")
                let effect = enforcement == .enforce
                    ? "a version not serving yet is held at Gated" : "nothing is held"
                return PlannedEvent(
                    .warning, reason: PolicyConditions.Reason.violation, action: "Evaluate",
                    message: "\(model) violates the Policy (\(enforcement.rawValue); \(effect)): \(broken)")
            case (.fail?, .pass):
                return PlannedEvent(
                    .normal, reason: PolicyConditions.Reason.compliant, action: "Evaluate",
                    message: "\(model) complies with the Policy again")
            default:
                return nil
            }
        }
    }

    /// Deployment windows open and close on a minute of their zone's wall clock (`HH:MM`), and
    /// nothing in the cluster changes when they do: no watch event wakes the Policy. Only a
    /// Policy with windows needs this look at each minute's turn; others wait for their watches.
    private static func untilNextMinute(after now: Date) -> Duration {
        let seconds = now.timeIntervalSince1970
        let next = ((seconds / 60).rounded(.down) + 1) * 60
        return .milliseconds(Int64(((next - seconds) * 1000).rounded(.up)))
    }
}
