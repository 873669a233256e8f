import BatonAPI
import Foundation
import KubeCore
import KubeRuntime
import Testing

@testable import BatonControllers

/// Rollouts as the Model planner carries them out: which pods each version runs, what the
/// Service selects, the status and the history, step by step.
struct CanaryRolloutTests {
    static let newReport = #"{"metrics": {"accuracy": 0.96}, "artifact": {"uri": "s3://ml-models/fraud/2.2.0"}}"#
    static let analysis = AnalysisSpec(monitorRef: LocalObjectReference(name: "fraud-health"))

    /// 2.1.0 serving on 5 pods; 2.2.0 trained and starting its rollout by `rollout`.
    static func rollingOut(_ rollout: RolloutSpec) -> Lifecycle {
        var life = Lifecycle(Fixtures.model(serving: ServingSpec(runtime: .mlServer, replicas: 5)))
        life.trainingCompletes()
        life.deploymentBecomesAvailable(replicas: 5)
        life.editSpec {
            $0.version = "2.2.0"
            $0.rollout = rollout
        }
        life.trainingCompletes(report: newReport)
        return life
    }

    static let canary = RolloutSpec(
        strategy: .canary, steps: [CanaryStep(weight: 20, pause: "1m"), CanaryStep(weight: 100)], analysis: analysis)

    static func evaluation(_ verdict: CheckVerdict, at date: Date) -> RolloutEvaluation {
        RolloutEvaluation(time: KubeTime(date), results: [
            MetricResult(
                name: "error_rate", version: "2.2.0", value: verdict == .fail ? 0.3 : 0.01, verdict: verdict,
                message: verdict == .fail ? "error_rate = 0.3 for 2.2.0, above the maximum 0.05" : "error_rate = 0.01")
        ])
    }

    /// The selector of the Model's Service.
    static func selector(_ plan: ModelPlan) -> JSONValue? {
        Fixtures.object(plan, kind: "Service", name: "fraud-detector")?[path: ["spec", "selector"]]
    }

    @Test func aCanaryStepSplitsTrafficByPods() throws {
        var life = Self.rollingOut(Self.canary)
        let candidate = try #require(Fixtures.object(life.plan, kind: "Deployment", name: "fraud-detector-2-2-0"))
        #expect(candidate[path: ["spec", "replicas"]] == 1, "weight 20 of 5 pods")
        #expect(Fixtures.scaled(life.plan) == ["fraud-detector-2-1-0": 4])
        #expect(Self.selector(life.plan)?["baton.dev/version"] == nil, "the Service selects both versions")
        #expect(Self.selector(life.plan)?["baton.dev/model"] == "fraud-detector")
        #expect(life.plan.status.rollout?.step == 0 && life.plan.status.rollout?.weight == 20)
        #expect(life.plan.status.serving?.canaryWeight == 0, "no candidate pod is ready yet")

        life.deploymentBecomesAvailable("2.2.0", replicas: 1)
        life.observation.deployments = life.observation.deployments.map {
            Fixtures.name(of: $0) == "fraud-detector-2-1-0" ? Fixtures.available($0, replicas: 4) : $0
        }
        life.replan()
        #expect(life.plan.status.serving?.canaryWeight == 20)
        #expect(life.plan.status.rollout?.stepStartTime == Fixtures.nowTime)
        let ready = try #require(life.plan.status.condition(ModelConditions.ready))
        #expect(ready.status == .false && ready.reason == "RollingOut")
        #expect(ready.message.contains("Version 2.2.0 takes 20% of traffic (its share of the ready pods"))
        #expect(life.plan.status.phase == .rollingOut)
        life.expectIdempotent()
    }

    @Test func aFailingCanaryRollsBackAtOnce() throws {
        var life = Self.rollingOut(Self.canary)
        life.deploymentBecomesAvailable("2.2.0", replicas: 1)
        life.observation = Fixtures.applying(life.plan, to: life.observation)
        life.observation.rolloutEvaluation = Self.evaluation(.fail, at: Fixtures.now + 15)
        life.replan(at: Fixtures.now + 15)
        let plan = life.plan
        #expect(Fixtures.scaled(plan) == ["fraud-detector-2-2-0": 0, "fraud-detector-2-1-0": 5])
        #expect(Self.selector(plan)?["baton.dev/version"] == "2.1.0")
        #expect(plan.status.phase == .rolledBack)
        #expect(plan.status.serving?.stableVersion == "2.1.0" && plan.status.serving?.canaryVersion == nil)
        let degraded = try #require(plan.status.condition(ModelConditions.degraded))
        #expect(degraded.status == .true && degraded.reason == "AnalysisFailed")
        #expect(degraded.message.contains("error_rate: error_rate = 0.3 for 2.2.0, above the maximum 0.05"))
        #expect(plan.status.condition(ModelConditions.ready)?.status == .false)
        #expect(plan.status.history?.last?.outcome == .rolledBack)
        #expect(plan.status.history?.last?.reason == "AnalysisFailed")
        #expect(plan.events.contains { $0.reason == "RolledBack" && $0.type == .warning })
        life.observation.rolloutEvaluation = nil
        life.expectIdempotent(at: Fixtures.now + 15)
    }

    @Test func aPassingCanaryComesToFullStrengthBeforeItTakesAllTraffic() throws {
        var life = Self.rollingOut(Self.canary)
        life.deploymentBecomesAvailable("2.2.0", replicas: 1)
        life.observation = Fixtures.applying(life.plan, to: life.observation)
        life.observation.rolloutEvaluation = Self.evaluation(.pass, at: Fixtures.now + 60)
        life.replan(at: Fixtures.now + 60)
        #expect(life.plan.status.rollout?.step == 1 && life.plan.status.rollout?.weight == 100)
        #expect(Fixtures.object(life.plan, kind: "Deployment", name: "fraud-detector-2-2-0")?[path: ["spec", "replicas"]] == 5)
        #expect(Self.selector(life.plan)?["baton.dev/version"] == "2.2.0", "weight 100: the candidate only")
        #expect(life.plan.status.serving?.stableVersion == "2.1.0")

        life.observation.rolloutEvaluation = nil
        life.deploymentBecomesAvailable("2.2.0", replicas: 5)
        life.observation = Fixtures.applying(life.plan, to: life.observation)
        life.observation.rolloutEvaluation = Self.evaluation(.pass, at: Fixtures.now + 75)
        life.replan(at: Fixtures.now + 75)
        #expect(life.plan.status.rollout?.phase == .completed)
        #expect(life.plan.status.serving?.stableVersion == "2.2.0")
        #expect(life.plan.status.phase == .serving)
        #expect(life.plan.status.history?.last?.outcome == .promoted)
    }

    @Test func recreateTakesTheStableVersionDownFirst() throws {
        var life = Self.rollingOut(RolloutSpec(strategy: .recreate))
        #expect(Fixtures.scaled(life.plan)["fraud-detector-2-1-0"] == 0)
        #expect(Fixtures.object(life.plan, kind: "Deployment", name: "fraud-detector-2-2-0") == nil, "not before the old pods are gone")
        #expect(Self.selector(life.plan)?["baton.dev/version"] == "2.2.0")
        life.observation = Fixtures.applying(life.plan, to: life.observation)
        life.observation.deployments = life.observation.deployments.map {
            Fixtures.name(of: $0) == "fraud-detector-2-1-0" ? Fixtures.available($0, replicas: 0) : $0
        }
        life.replan()
        #expect(Fixtures.object(life.plan, kind: "Deployment", name: "fraud-detector-2-2-0")?[path: ["spec", "replicas"]] == 5)
        life.deploymentBecomesAvailable("2.2.0", replicas: 5)
        #expect(life.plan.status.rollout?.phase == .completed)
        #expect(life.plan.status.serving?.stableVersion == "2.2.0")
    }

    @Test func aRequestIsAcknowledgedInStatusAndItsAnnotationConsumed() throws {
        var life = Self.rollingOut(Self.canary)
        life.observation = Fixtures.applying(life.plan, to: life.observation)
        life.observation.model.metadata.annotations = ["baton.dev/abort": "2026-12-07T10:00:00Z"]
        life.replan()
        #expect(life.plan.consumedAnnotations == ["baton.dev/abort": "2026-12-07T10:00:00Z"])
        #expect(life.plan.status.rollout?.phase == .aborted)
        #expect(life.plan.status.rollout?.requests?.first?.action == .abort)
        #expect(life.plan.status.condition(ModelConditions.degraded)?.reason == "Aborted")
        #expect(life.plan.events.contains { $0.reason == "RolloutAborted" })
        #expect(Fixtures.scaled(life.plan)["fraud-detector-2-2-0"] == 0)
    }

    @Test func theAnalysisIsDueEveryIntervalFromTheStepStart() throws {
        var life = Self.rollingOut(Self.canary)
        life.deploymentBecomesAvailable("2.2.0", replicas: 1)
        life.observation = Fixtures.applying(life.plan, to: life.observation)
        life.observation.analysisInterval = .seconds(15)
        life.replan()
        #expect(life.plan.requeueAfter == .seconds(16), "the first evaluation, 15 s in (plus a second of slack)")
    }

    @Test func aCanaryWithoutStepsIsAnInvalidSpec() {
        var life = Lifecycle()
        life.editSpec { $0.rollout = RolloutSpec(strategy: .canary, steps: []) }
        #expect(life.plan.status.condition(ModelConditions.ready)?.reason == "InvalidSpec")
        #expect(life.plan.status.condition(ModelConditions.ready)?.message.contains("spec.rollout.steps is empty") == true)
    }
}
