import BatonAPI
import Foundation
import KubeCore
import KubeRuntime
import Testing

@testable import BatonControllers

/// A child write the API server refuses shows on the Model as `Degraded=True` with the API's
/// reason and message, and a refusal already shown keeps its transition time.
struct RefusedWriteTests {
    let reconciler = ModelReconciler(configuration: Fixtures.configuration, analyzer: nil)
    let refusal = ChildWriteFailure(
        child: ChildReference(apiVersion: "apps/v1", kind: "Deployment", name: "fraud-detector-2-1-0"), action: "Apply",
        reason: "Forbidden", message: "exceeded quota: compute, requested: limits.cpu=4, limited: limits.cpu=2")

    /// What the typed adapter makes of the plan's status when writes were refused.
    func showing(_ planned: ModelStatus, since current: ModelStatus?, at date: Date = Fixtures.now) -> ModelStatus {
        planned.setting(
            reconciler.failureCondition.condition(refused: [refusal], observedGeneration: 1, now: KubeTime(date)),
            since: current)
    }

    @Test func degradedCarriesTheAPIsReasonAndMessage() throws {
        let planned = Lifecycle().plan.status
        let status = showing(planned, since: nil)
        let degraded = try #require(status.conditions?.first { $0.type == ModelConditions.degraded })
        #expect(degraded.status == .true)
        #expect(degraded.reason == "Forbidden")
        #expect(degraded.message == "Apply Deployment/fraud-detector-2-1-0 was refused: exceeded quota: compute, requested: limits.cpu=4, limited: limits.cpu=2")
        // Everything else is the plan's.
        var rest = status
        rest.conditions = rest.conditions?.filter { $0.type != ModelConditions.degraded }
        var plannedRest = planned
        plannedRest.conditions = plannedRest.conditions?.filter { $0.type != ModelConditions.degraded }
        #expect(rest == plannedRest)
    }

    @Test func aRefusalAlreadyShownKeepsItsTransitionTime() throws {
        let planned = Lifecycle().plan.status
        let first = showing(planned, since: nil)
        let later = showing(planned, since: first, at: Fixtures.now.addingTimeInterval(600))
        #expect(later == first, "a retry that fails the same way writes nothing new")
    }

    @Test func otherControllersConditionsAreNotTheModelControllers() {
        var model = Fixtures.model()
        model.status = ModelStatus(conditions: [
            Condition(type: "example.com/Audited", status: .false, reason: "Violation", lastTransitionTime: Fixtures.nowTime),
            Condition(type: ModelConditions.ready, status: .false, reason: "Training", lastTransitionTime: Fixtures.nowTime),
        ])
        #expect(reconciler.ownedStatus(of: model)?.conditions?.map(\.type) == [ModelConditions.ready])
        let plan = Fixtures.plan(ModelObservation(model: model))
        #expect(plan.status.conditions?.contains { $0.type == "example.com/Audited" } == false,
                "the plan never re-applies a condition it does not own")
    }
}
