import BatonAPI
import Foundation
import KubeCore
import KubeRuntime
import Testing

@testable import BatonControllers

/// A Monitor's rollback action: the promoted version failing its checks gives way to the
/// previous Promoted one, recorded in the history, until spec.version changes.
struct ModelRollbackTests {
    static let newReport = #"{"metrics": {"accuracy": 0.95}, "artifact": {"uri": "s3://ml-models/fraud/2.2.0", "digest": "sha256:aa"}}"#

    /// 2.1.0 served, then 2.2.0 trained and promoted, and 2.1.0's pods gone after the
    /// scale-down delay.
    static func promoted() -> Lifecycle {
        var life = Lifecycle.versionBumped()
        life.trainingCompletes(report: newReport)
        life.deploymentBecomesAvailable("2.2.0")
        life.reconcile(at: Fixtures.now.addingTimeInterval(31))
        life.reconcile()
        return life
    }

    static func monitor(
        verdict: CheckVerdict, version: String = "2.2.0", rollback: Bool = true, when: [MonitorSignal] = [.degraded]
    ) -> Monitor {
        var monitor = MonitorFixtures.monitor(
            status: MonitorStatus(metrics: [
                MetricResult(
                    name: "error_rate", version: version, value: 0.3, verdict: verdict,
                    message: "error_rate = 0.3 for \(version), above the maximum 0.05"),
            ]))
        monitor.spec.actions = rollback ? [MonitorAction(when: when, rollback: RollbackAction())] : []
        return monitor
    }

    @Test func promotionsRecordTheirArtifact() throws {
        let life = Self.promoted()
        #expect(life.plan.status.history?.map(\.artifact?.uri) == ["s3://ml-models/fraud/2.1.0", "s3://ml-models/fraud/2.2.0"])
    }

    @Test func aFailingPromotedVersionGivesWayToThePreviousOne() throws {
        var life = Self.promoted()
        life.observation.monitors = [Self.monitor(verdict: .fail)]
        life.reconcile()
        let plan = life.plan
        let deployment = try #require(Fixtures.objects(plan, kind: "Deployment").first)
        #expect(Fixtures.name(of: deployment) == "fraud-detector-2-1-0")
        #expect(try deployment.jsonString().contains("s3://ml-models/fraud/2.1.0"), "the previous version's artifact")
        #expect(plan.status.phase == .rolledBack)
        #expect(plan.status.serving?.stableVersion == "2.2.0", "2.2.0 serves until 2.1.0 is up again")
        #expect(plan.status.serving?.canaryVersion == "2.1.0")
        let entry = try #require(plan.status.history?.last)
        #expect(entry.version == "2.2.0" && entry.outcome == .rolledBack && entry.reason == "MonitorDegraded")
        #expect(entry.message == "Monitor fraud-health: error_rate = 0.3 for 2.2.0, above the maximum 0.05")
        let degraded = try #require(plan.status.condition(ModelConditions.degraded))
        #expect(degraded.status == .true && degraded.reason == "RolledBack")
        #expect(degraded.message.contains("Version 2.1.0 serves instead"))
        #expect(plan.status.condition(ModelConditions.ready)?.status == .false)
        #expect(plan.status.condition(ModelConditions.trained)?.status == .true, "2.2.0 is still trained")
        #expect(plan.status.training?.version == "2.2.0")
        #expect(plan.events.contains { $0.reason == "RolledBack" && $0.type == .warning })

        // 2.1.0 comes up and takes the traffic back; 2.2.0's Deployment goes.
        life.deploymentBecomesAvailable("2.1.0")
        #expect(life.plan.status.serving?.stableVersion == "2.1.0")
        #expect(life.plan.delete.map(\.name) == ["fraud-detector-2-2-0"])
        #expect(life.plan.status.phase == .rolledBack)
        #expect(life.plan.status.history?.filter { $0.outcome == .rolledBack }.count == 1, "recorded once")

        // The Monitor now measures 2.1.0 and finds it healthy: 2.2.0 stays rolled back.
        life.observation.monitors = [Self.monitor(verdict: .pass, version: "2.1.0")]
        life.reconcile()
        #expect(life.plan.status.serving?.stableVersion == "2.1.0")
        #expect(Fixtures.objects(life.plan, kind: "Deployment").compactMap(Fixtures.name) == ["fraud-detector-2-1-0"])
        life.expectIdempotent()
    }

    @Test func aNewSpecVersionRollsOutAgain() throws {
        var life = Self.promoted()
        life.observation.monitors = [Self.monitor(verdict: .fail)]
        life.reconcile()
        life.deploymentBecomesAvailable("2.1.0")
        life.observation.monitors = []
        life.editSpec { $0.version = "2.3.0" }
        #expect(life.plan.status.phase == .training)
        #expect(Fixtures.objects(life.plan, kind: "Job").compactMap(Fixtures.name) == ["fraud-detector-2-3-0-train"])
    }

    @Test(arguments: [
        ("no rollback action", ModelRollbackTests.monitor(verdict: .fail, rollback: false)),
        ("when names only drift", ModelRollbackTests.monitor(verdict: .fail, when: [.driftDetected])),
        ("the check passes", ModelRollbackTests.monitor(verdict: .pass)),
        ("inconclusive is no failure", ModelRollbackTests.monitor(verdict: .inconclusive)),
        ("another version failed", ModelRollbackTests.monitor(verdict: .fail, version: "2.1.0")),
    ])
    func nothingElseRollsBack(_ case: String, monitor: Monitor) throws {
        var life = Self.promoted()
        life.observation.monitors = [monitor]
        life.reconcile()
        #expect(life.plan.status.phase == .serving, "\(`case`)")
        #expect(life.plan.status.history?.last?.outcome == .promoted, "\(`case`)")
    }

    @Test func withoutAPreviousVersionThereIsNothingToGoBackTo() throws {
        var life = Lifecycle()
        life.trainingCompletes()
        life.deploymentBecomesAvailable()
        var monitor = Self.monitor(verdict: .fail, version: "2.1.0")
        monitor.spec.actions = [MonitorAction(rollback: RollbackAction())]
        life.observation.monitors = [monitor]
        life.reconcile()
        #expect(life.plan.status.phase == .serving)
        #expect(life.plan.status.serving?.stableVersion == "2.1.0")
    }

    @Test func anUndoRequestServesThePreviousVersionAgain() throws {
        var life = Self.promoted()
        life.observation.model.metadata.annotations = ["baton.dev/undo": "2026-12-07T10:00:00.5Z"]
        life.replan()
        let plan = life.plan
        #expect(Fixtures.object(plan, kind: "Deployment", name: "fraud-detector-2-1-0") != nil)
        #expect(plan.status.phase == .rolledBack)
        #expect(plan.status.history?.last?.reason == "UndoRequested")
        #expect(plan.status.history?.last?.version == "2.2.0")
        let acknowledged = try #require(plan.status.rollout?.requests?.first { $0.action == .undo })
        #expect(acknowledged.value == "2026-12-07T10:00:00.5Z")
        #expect(acknowledged.message == "Version 2.1.0 serves again instead of 2.2.0.")
        #expect(plan.consumedAnnotations == ["baton.dev/undo": "2026-12-07T10:00:00.5Z"])
        #expect(plan.events.contains { $0.reason == "RolledBack" })

        // Acknowledged: the same value again (its removal lost) does nothing more.
        life.observation = Fixtures.applying(plan, to: life.observation)
        life.replan()
        #expect(life.plan.status.history?.filter { $0.outcome == .rolledBack }.count == 1)
        #expect(life.plan.consumedAnnotations == ["baton.dev/undo": "2026-12-07T10:00:00.5Z"])
    }

    @Test func aRequestWithNoRolloutUnderWayIsConsumedSayingSo() throws {
        var life = Self.promoted()
        life.observation.model.metadata.annotations = ["baton.dev/promote": "full"]
        life.replan()
        #expect(life.plan.consumedAnnotations == ["baton.dev/promote": "full"])
        let acknowledged = try #require(life.plan.status.rollout?.requests?.first { $0.action == .promote })
        #expect(acknowledged.message == "Nothing to promote: no rollout is under way; version 2.2.0 serves.")
        #expect(life.plan.events.map(\.reason) == ["RequestIgnored"])
        #expect(life.plan.status.serving?.stableVersion == "2.2.0")
    }
}
