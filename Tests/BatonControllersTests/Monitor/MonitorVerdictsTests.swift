import BatonAPI
import KubeCore
import Testing

@testable import BatonControllers

/// The Model's Healthy condition from the Monitors that watch it.
struct MonitorVerdictsTests {
    private func monitor(_ name: String, _ status: ConditionStatus?, reason: String = "R", message: String = "m") -> Monitor {
        var monitor = MonitorFixtures.monitor()
        monitor.metadata.name = name
        if let status {
            monitor.status = MonitorStatus(conditions: [
                Condition(type: MonitorConditions.healthy, status: status, reason: reason, message: message, lastTransitionTime: Fixtures.nowTime),
            ])
        }
        return monitor
    }

    @Test func noMonitorNoCondition() {
        #expect(MonitorVerdicts.condition(from: []) == nil)
    }

    @Test func anUnhealthyMonitorMakesTheModelUnhealthyNamingIt() throws {
        let health = try #require(MonitorVerdicts.condition(from: [
            monitor("b-ok", .true), monitor("a-errors", .false, reason: "Degraded", message: "error_rate = 0.3 for 1.0.0, above the maximum 0.05"),
        ]))
        #expect(health.status == .false)
        #expect(health.reason == "Degraded")
        #expect(health.message == "Monitor a-errors: error_rate = 0.3 for 1.0.0, above the maximum 0.05")
    }

    @Test func notYetEvaluatedOrInconclusiveIsUnknown() throws {
        let health = try #require(MonitorVerdicts.condition(from: [monitor("a", .true), monitor("b", nil)]))
        #expect(health.status == .unknown)
        #expect(health.message == "Monitor b: not evaluated yet")
        #expect(try #require(MonitorVerdicts.condition(from: [monitor("a", .true), monitor("b", .true)])).status == .true)
    }

    @Test func theModelPlanSetsAndRemovesHealthy() throws {
        let model = Fixtures.model(training: nil, artifact: ModelArtifact(uri: "s3://m/1"))
        let watched = Fixtures.plan(ModelObservation(model: model, monitors: [monitor("a", .false, reason: "DriftDetected")]))
        #expect(watched.status.conditions?.condition(ofType: ModelConditions.healthy)?.reason == "DriftDetected")
        var unwatchedModel = model
        unwatchedModel.status = watched.status
        let unwatched = Fixtures.plan(ModelObservation(model: unwatchedModel))
        #expect(unwatched.status.conditions?.condition(ofType: ModelConditions.healthy) == nil)
    }
}
