import BatonAPI
import Foundation
import KubeCore
import KubeRuntime
import Testing

@testable import BatonControllers

/// The Monitor's status, conditions and Events from judged results; no write when no verdict
/// changed.
struct MonitorPlannerTests {
    typealias F = MonitorFixtures

    private func condition(_ plan: MonitorPlan, _ type: String) -> Condition? {
        plan.status.conditions?.condition(ofType: type)
    }

    @Test func passingChecksAreHealthy() throws {
        let plan = MonitorPlanner.plan(
            F.observation(F.monitor(), metrics: [F.result("error_rate", .pass, value: 0.01)], drift: [F.result("amount", .pass, value: 0.02)]),
            now: Fixtures.now)
        #expect(condition(plan, MonitorConditions.healthy)?.status == .true)
        #expect(condition(plan, MonitorConditions.degraded)?.status == .false)
        #expect(condition(plan, MonitorConditions.driftDetected)?.status == .false)
        #expect(plan.status.modelVersion == "1.0.0")
        #expect(plan.status.observedGeneration == 1)
        #expect(plan.status.lastEvaluationTime == Fixtures.nowTime)
        #expect(plan.events.map(\.reason) == [MonitorConditions.healthy])
        #expect(plan.requeueAfter == .seconds(30))
    }

    @Test func aFailingMetricDegradesWithItsMessage() throws {
        let failing = MetricResult(
            name: "error_rate", version: "1.0.0", value: 0.31, verdict: .fail,
            message: "error_rate = 0.31 for 1.0.0, above the maximum 0.05")
        let plan = MonitorPlanner.plan(
            F.observation(F.monitor(), metrics: [failing], drift: [F.result("amount", .pass, value: 0.02)]), now: Fixtures.now)
        let degraded = try #require(condition(plan, MonitorConditions.degraded))
        #expect(degraded.status == .true)
        #expect(degraded.reason == MonitorConditions.Reason.thresholdViolated)
        #expect(degraded.message == failing.message)
        #expect(condition(plan, MonitorConditions.healthy)?.status == .false)
        #expect(condition(plan, MonitorConditions.healthy)?.reason == MonitorConditions.degraded)
        let event = try #require(plan.events.first { $0.reason == MonitorConditions.degraded })
        #expect(event.type == .warning)
        #expect(event.message.contains("0.31") && event.message.contains("0.05"))
    }

    @Test func driftSetsDriftDetectedAndInconclusiveIsNeverHealthy() throws {
        let drifted = MonitorPlanner.plan(
            F.observation(F.monitor(), metrics: [F.result("error_rate", .pass)], drift: [F.result("amount", .fail, value: 0.4)]),
            now: Fixtures.now)
        #expect(condition(drifted, MonitorConditions.driftDetected)?.status == .true)
        #expect(condition(drifted, MonitorConditions.driftDetected)?.reason == MonitorConditions.Reason.scoreAboveThreshold)
        #expect(condition(drifted, MonitorConditions.healthy)?.reason == MonitorConditions.driftDetected)
        #expect(drifted.events.contains { $0.reason == MonitorConditions.driftDetected && $0.type == .warning })

        let unsure = MonitorPlanner.plan(
            F.observation(F.monitor(), metrics: [F.result("error_rate", .inconclusive)], drift: [F.result("amount", .pass)]),
            now: Fixtures.now)
        #expect(condition(unsure, MonitorConditions.healthy)?.status == .unknown)
        #expect(condition(unsure, MonitorConditions.degraded)?.status == .unknown)
        #expect(condition(unsure, MonitorConditions.healthy)?.reason == MonitorConditions.Reason.inconclusive)
        #expect(unsure.events.contains { $0.reason == MonitorConditions.Reason.inconclusive && $0.type == .warning })
    }

    /// Values move every interval; the status keeps those of the last verdict change, so an
    /// evaluation with the same verdicts plans exactly the status there is: no write.
    @Test func sameVerdictsWithNewValuesChangeNothing() throws {
        let first = MonitorPlanner.plan(
            F.observation(F.monitor(), metrics: [F.result("error_rate", .pass, value: 0.01)], drift: [F.result("amount", .pass, value: 0.02)]),
            now: Fixtures.now)
        let later = Fixtures.now.addingTimeInterval(30)
        let second = MonitorPlanner.plan(
            F.observation(
                F.monitor(status: first.status), metrics: [F.result("error_rate", .pass, value: 0.012)],
                drift: [F.result("amount", .pass, value: 0.03)], next: later.addingTimeInterval(30)),
            now: later)
        #expect(second.status == first.status)
        #expect(second.events.isEmpty)
        #expect(second.requeueAfter == .seconds(30))

        let third = MonitorPlanner.plan(
            F.observation(
                F.monitor(status: first.status), metrics: [F.result("error_rate", .fail, value: 0.2)],
                drift: [F.result("amount", .pass, value: 0.03)]),
            now: later)
        #expect(third.status != first.status)
        #expect(third.status.metrics?.first?.value == 0.2)
        #expect(third.status.drift?.first?.value == 0.02, "an unchanged verdict keeps its recorded value")
        #expect(third.status.lastEvaluationTime == KubeTime(later))
    }

    /// An Inconclusive result whose cause changes is rewritten (the cause is what to fix); one
    /// whose counts alone change is not.
    @Test func aNewCauseOfInconclusiveIsWrittenNewCountsAreNot() throws {
        func inconclusive(_ message: String) -> MetricResult {
            MetricResult(name: "amount", version: "1.0.0", verdict: .inconclusive, message: message)
        }
        let first = MonitorPlanner.plan(
            F.observation(F.monitor(), metrics: [F.result("error_rate", .pass)], drift: [inconclusive("amount: only 12 samples, at least 100 needed")]),
            now: Fixtures.now)
        let counts = MonitorPlanner.plan(
            F.observation(F.monitor(status: first.status), metrics: [F.result("error_rate", .pass)], drift: [inconclusive("amount: only 40 samples, at least 100 needed")]),
            now: Fixtures.now.addingTimeInterval(30))
        #expect(counts.status == first.status)
        let cause = MonitorPlanner.plan(
            F.observation(F.monitor(status: first.status), metrics: [F.result("error_rate", .pass)], drift: [inconclusive("amount: Prometheus is unreachable: refused")]),
            now: Fixtures.now.addingTimeInterval(30))
        #expect(cause.status.drift?.first?.message == "amount: Prometheus is unreachable: refused")
        #expect(cause.status.conditions?.condition(ofType: MonitorConditions.healthy)?.message == "amount: Prometheus is unreachable: refused")
    }

    @Test func notDueKeepsTheStatusAndWaitsForTheSlot() throws {
        let evaluated = MonitorPlanner.plan(
            F.observation(F.monitor(), metrics: [F.result("error_rate", .pass)], drift: [F.result("amount", .pass)]),
            now: Fixtures.now)
        let monitor = F.monitor(status: evaluated.status)
        let plan = MonitorPlanner.plan(
            MonitorObservation(
                monitor: monitor, target: .serving(versions: ["1.0.0"]), nextEvaluation: Fixtures.now.addingTimeInterval(12)),
            now: Fixtures.now.addingTimeInterval(2))
        #expect(plan.status == evaluated.status)
        #expect(plan.events.isEmpty)
        #expect(plan.requeueAfter == .seconds(10))
    }

    @Test func aMissingOrIdleModelIsUnknownWithWhatToDo() throws {
        let missing = MonitorPlanner.plan(MonitorObservation(monitor: F.monitor(), target: .modelNotFound), now: Fixtures.now)
        let healthy = try #require(condition(missing, MonitorConditions.healthy))
        #expect(healthy.status == .unknown)
        #expect(healthy.reason == MonitorConditions.Reason.modelNotFound)
        #expect(healthy.message.contains("fraud-detector"))
        #expect(missing.requeueAfter == nil, "the Model's watch wakes the Monitor when it appears")

        let idle = MonitorPlanner.plan(MonitorObservation(monitor: F.monitor(), target: .notServing), now: Fixtures.now)
        #expect(condition(idle, MonitorConditions.healthy)?.reason == MonitorConditions.Reason.notServing)
        #expect(idle.status.metrics == nil)
    }

    @Test func withoutDriftChecksDriftIsFalseSaysSo() throws {
        let plan = MonitorPlanner.plan(
            F.observation(F.monitor(drift: nil), metrics: [F.result("error_rate", .pass)], drift: []), now: Fixtures.now)
        #expect(condition(plan, MonitorConditions.driftDetected)?.reason == MonitorConditions.Reason.noDriftChecks)
        #expect(condition(plan, MonitorConditions.healthy)?.status == .true)
        #expect(plan.status.drift == nil)
    }

    @Test func recoveringIsAnEventAndKeepsTransitionTimes() throws {
        let failing = MonitorPlanner.plan(
            F.observation(F.monitor(), metrics: [F.result("error_rate", .fail, value: 0.3)], drift: [F.result("amount", .pass)]),
            now: Fixtures.now)
        let later = Fixtures.now.addingTimeInterval(60)
        let recovered = MonitorPlanner.plan(
            F.observation(F.monitor(status: failing.status), metrics: [F.result("error_rate", .pass, value: 0.01)], drift: [F.result("amount", .pass)]),
            now: later)
        #expect(condition(recovered, MonitorConditions.healthy)?.status == .true)
        #expect(condition(recovered, MonitorConditions.healthy)?.lastTransitionTime == KubeTime(later))
        #expect(condition(recovered, MonitorConditions.driftDetected)?.lastTransitionTime == Fixtures.nowTime)
        #expect(recovered.events.map(\.reason) == [MonitorConditions.healthy])
    }
}
