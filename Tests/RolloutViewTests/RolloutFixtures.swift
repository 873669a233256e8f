import BatonAPI
import Foundation
import KubeCore

/// Models as the operator leaves them at the moments the renderer must show, around one fixed
/// instant, so the expected text does not depend on the clock.
enum RolloutFixtures {
    /// 2026-11-27T06:20:00Z.
    static let start = KubeTime(secondsSince1970: 1_795_760_400)

    static func at(_ seconds: Double) -> Date {
        start.date.addingTimeInterval(seconds)
    }

    static let steps = [CanaryStep(weight: 10, pause: "2m"), CanaryStep(weight: 50), CanaryStep(weight: 100)]

    static func model(
        name: String = "fraud-detector", namespace: String = "risk", version: String = "2.1.0",
        rollout: RolloutSpec = RolloutSpec(
            strategy: .canary, steps: steps, analysis: AnalysisSpec(monitorRef: LocalObjectReference(name: "fraud-health"))),
        status: ModelStatus? = nil
    ) -> Model {
        Model(
            metadata: ObjectMeta(name: name, namespace: namespace),
            spec: ModelSpec(
                version: version, artifact: ModelArtifact(uri: "s3://ml-models/fraud/\(version)"),
                serving: ServingSpec(runtime: .mlServer, replicas: 4), rollout: rollout),
            status: status)
    }

    static let results = [
        MetricResult(name: "latency-p99", version: "2.1.0", value: 0.1234, verdict: .pass, message: "0.1234 <= 0.25"),
        MetricResult(name: "error-rate", version: "2.1.0", value: 0.031, verdict: .fail, message: "0.031 > 0.01"),
        MetricResult(name: "score-drift", version: "2.1.0", verdict: .inconclusive, message: "no samples in the window"),
    ]

    /// A canary at its first step (10 %, a 2m pause), 37 s in, judged by three checks.
    static func canaryAtFirstStep(stepStartTime: KubeTime? = start, results: [MetricResult] = results) -> Model {
        model(status: ModelStatus(
            phase: .rollingOut,
            serving: ServingStatus(stableVersion: "2.0.0", canaryVersion: "2.1.0", canaryWeight: 10, readyReplicas: 5),
            rollout: RolloutStatus(
                version: "2.1.0", revision: "abc", strategy: .canary, phase: .progressing, previousVersion: "2.0.0",
                step: 0, steps: 3, weight: 10, stepStartTime: stepStartTime, startTime: start, reason: "StepRunning",
                message: "Version 2.1.0 is at step 1 of 3 (weight 10%) until 2026-11-27T06:22:00Z and a passing analysis.",
                analysis: RolloutAnalysisStatus(
                    monitor: "fraud-health", results: results, lastEvaluationTime: KubeTime(secondsSince1970: start.secondsSince1970 + 30),
                    evaluations: 4, failures: 1))))
    }

    static func canaryWaitingForPromotion() -> Model {
        model(status: ModelStatus(
            phase: .rollingOut,
            serving: ServingStatus(stableVersion: "2.0.0", canaryVersion: "2.1.0", canaryWeight: 50, readyReplicas: 6),
            rollout: RolloutStatus(
                version: "2.1.0", revision: "abc", strategy: .canary, phase: .paused, previousVersion: "2.0.0",
                step: 1, steps: 3, weight: 50, stepStartTime: start, startTime: start, reason: "WaitingForPromotion",
                message: "Version 2.1.0 holds at step 2 of 3 (weight 50%) until promoted.")))
    }

    static func completed() -> Model {
        model(status: ModelStatus(
            phase: .serving,
            serving: ServingStatus(stableVersion: "2.1.0", canaryWeight: 0, readyReplicas: 4),
            rollout: RolloutStatus(
                version: "2.1.0", revision: "abc", strategy: .canary, phase: .completed, previousVersion: "2.0.0",
                step: 3, steps: 3, weight: 100, startTime: start, completionTime: start,
                scaleDownTime: KubeTime(secondsSince1970: start.secondsSince1970 + 30), reason: "Promoted",
                message: "Version 2.1.0 passed every step and serves all traffic.")))
    }

    static func rolledBack() -> Model {
        model(status: ModelStatus(
            phase: .rolledBack,
            serving: ServingStatus(stableVersion: "2.0.0", readyReplicas: 4),
            rollout: RolloutStatus(
                version: "2.1.0", revision: "abc", strategy: .canary, phase: .rolledBack, previousVersion: "2.0.0",
                step: 0, steps: 3, weight: 10, startTime: start, completionTime: start, reason: "AnalysisFailed",
                message: "Monitor fraud-health failed version 2.1.0. Traffic is back on version 2.0.0.",
                analysis: RolloutAnalysisStatus(monitor: "fraud-health", results: results, evaluations: 5, failures: 2))))
    }

    static func servingWithoutRollout() -> Model {
        model(version: "1.0.0", rollout: RolloutSpec(), status: ModelStatus(
            phase: .serving, serving: ServingStatus(stableVersion: "1.0.0", readyReplicas: 4)))
    }
}
