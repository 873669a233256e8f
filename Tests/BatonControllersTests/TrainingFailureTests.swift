import BatonAPI
import Foundation
import KubeCore
import KubeRuntime
import Testing

@testable import BatonControllers

/// A version whose training fails: the status says why and what to do, whatever served before
/// keeps serving, and the failure is recorded once.
struct TrainingFailureTests {
    @Test func backoffLimitExceeded() throws {
        var life = Lifecycle.versionBumped()
        life.trainingFails(
            reason: "BackoffLimitExceeded", message: "Job has reached the specified backoff limit",
            podMessage: "Traceback (most recent call last):\n  File \"train.py\", line 3\nKeyError: 'label'\n")
        let trained = try #require(life.plan.status.condition(ModelConditions.trained))
        #expect(trained.status == .false)
        #expect(trained.reason == "BackoffLimitExceeded")
        #expect(trained.message == "Job fraud-detector-2-2-0-train failed 3 times (backoffLimit 2); see kubectl logs "
            + "job/fraud-detector-2-2-0-train -c trainer, fix the trainer, then bump spec.version to train again. "
            + "Last output of pod fraud-detector-2-2-0-train-x7k2p: \"Traceback (most recent call last): File \"train.py\", line 3 KeyError: 'label'\"")
        #expect(life.plan.status.training?.attempts == 3)
        Self.expectOldVersionStillServes(life, reason: "BackoffLimitExceeded")
        #expect(life.plan.events.map(\.reason) == ["TrainingFailed"])
        #expect(life.plan.events.first?.type == .warning)
        #expect(life.plan.events.first?.message == trained.message)
        life.expectIdempotent()
    }

    @Test func deadlineExceeded() throws {
        var life = Lifecycle.versionBumped()
        life.trainingFails(reason: "DeadlineExceeded", message: "Job was active longer than specified deadline")
        let trained = try #require(life.plan.status.condition(ModelConditions.trained))
        #expect(trained.reason == "DeadlineExceeded")
        #expect(trained.message == "Job fraud-detector-2-2-0-train ran longer than its activeDeadlineSeconds (3600); raise "
            + "spec.training.activeDeadlineSeconds or make the run faster, then bump spec.version to train again.")
        Self.expectOldVersionStillServes(life, reason: "DeadlineExceeded")
        life.expectIdempotent()
    }

    @Test func otherJobFailuresAreTrainingFailed() throws {
        var life = Lifecycle.versionBumped()
        life.trainingFails(reason: "PodFailurePolicy", message: "Container trainer for pod x failed with exit code 42")
        let trained = try #require(life.plan.status.condition(ModelConditions.trained))
        #expect(trained.reason == "TrainingFailed")
        #expect(trained.message.hasPrefix(
            "Job fraud-detector-2-2-0-train failed (PodFailurePolicy: Container trainer for pod x failed with exit code 42);"))
        Self.expectOldVersionStillServes(life, reason: "TrainingFailed")
    }

    @Test(arguments: [
        ("", "is empty"),
        ("epoch 10 done", "is not JSON"),
        ("[1, 2]", "is a JSON array, not an object"),
        (#"{"metrics": {"accuracy": "high"}}"#, "has metrics.accuracy as a string, not a number"),
        (#"{"metrics": [0.9]}"#, "has metrics as an array, not an object of numbers"),
        (#"{"artifact": {"digest": "sha256:abc"}}"#, "has an artifact without a uri string"),
        (#"{"artifact": {"uri": "s3://x", "digest": "not a digest"}}"#, "has artifact.digest \"not a digest\""),
    ])
    func invalidTerminationMessage(report: String, problem: String) throws {
        var life = Lifecycle.versionBumped()
        life.trainingCompletes(report: report)
        let trained = try #require(life.plan.status.condition(ModelConditions.trained))
        #expect(trained.status == .false)
        #expect(trained.reason == "InvalidTerminationMessage")
        #expect(trained.message.hasPrefix("The termination message of pod fraud-detector-2-2-0-train-x7k2p \(problem)"))
        #expect(trained.message.contains(#"The trainer must write JSON such as {"metrics": {"accuracy": 0.94}"#))
        #expect(trained.message.contains("/dev/termination-log"))
        if !report.isEmpty { #expect(trained.message.contains(report.prefix(10))) }
        Self.expectOldVersionStillServes(life, reason: "InvalidTerminationMessage")
        life.expectIdempotent()
    }

    @Test func failureIsRecordedInHistoryOnce() throws {
        var life = Lifecycle.versionBumped()
        life.trainingFails(reason: "BackoffLimitExceeded")
        let entry = try #require(life.plan.status.history?.last)
        #expect(entry.version == "2.2.0")
        #expect(entry.outcome == .failed)
        #expect(entry.reason == "BackoffLimitExceeded")
        #expect(entry.time == Fixtures.nowTime)
        #expect(entry.message?.hasPrefix("Job fraud-detector-2-2-0-train failed 3 times") == true)
        let count = life.plan.status.history?.count
        for _ in 0..<3 { life.reconcile(at: Fixtures.now.addingTimeInterval(3600)) }
        #expect(life.plan.status.history?.count == count)
        #expect(life.plan.events.isEmpty)
    }

    @Test func failureStandsAfterTheJobIsGone() throws {
        var life = Lifecycle.versionBumped()
        life.trainingFails(reason: "BackoffLimitExceeded")
        let failed = life.plan.status
        life.observation = Fixtures.applying(life.plan, to: life.observation)
        life.observation.jobs.removeAll { Fixtures.name(of: $0) == "fraud-detector-2-2-0-train" }
        life.replan()
        // No second Job for a failed version: the TTL must not turn into a retry.
        #expect(Fixtures.objects(life.plan, kind: "Job").isEmpty)
        #expect(life.plan.status == failed)
        #expect(life.plan.events.isEmpty)
    }

    @Test func failedFirstVersionServesNothing() throws {
        var life = Lifecycle()
        life.trainingFails(reason: "BackoffLimitExceeded")
        #expect(life.plan.objects.isEmpty)
        #expect(life.plan.status.phase == .failed)
        #expect(life.plan.status.serving == nil)
        #expect(life.plan.status.condition(ModelConditions.ready)?.message
            == "Version 2.1.0 failed to train (BackoffLimitExceeded); see the Trained condition. Nothing is served yet.")
        #expect(life.plan.status.condition(ModelConditions.degraded)?.status == .true)
        life.expectIdempotent()
    }

    @Test func aNewVersionAfterAFailureTrainsAgain() {
        var life = Lifecycle.versionBumped()
        life.trainingFails(reason: "BackoffLimitExceeded")
        life.editSpec { $0.version = "2.2.1" }
        #expect(Fixtures.name(of: Fixtures.object(life.plan, kind: "Job") ?? nil) == "fraud-detector-2-2-1-train")
        #expect(life.plan.status.phase == .training)
        #expect(life.plan.status.condition(ModelConditions.degraded)?.status == .false)
        #expect(life.plan.events.map(\.reason) == ["TrainingStarted"])
    }

    @Test func completedJobWaitsBrieflyForItsPodThenGivesUp() throws {
        var life = Lifecycle()
        life.observation = Fixtures.applying(life.plan, to: life.observation)
        life.observation.jobs = life.observation.jobs.map { Fixtures.completed($0) }
        life.replan(at: Fixtures.now.addingTimeInterval(30))
        #expect(life.plan.status.condition(ModelConditions.trained)?.status == .unknown)
        #expect(life.plan.status.condition(ModelConditions.trained)?.message
            == "Job fraud-detector-2-1-0-train completed; reading the training report from its pod.")
        #expect(life.plan.requeueAfter == .seconds(90))
        #expect(Fixtures.object(life.plan, kind: "Job") != nil)
        life.replan(at: Fixtures.now.addingTimeInterval(121))
        #expect(life.plan.status.condition(ModelConditions.trained)?.reason == "TrainingResultMissing")
        #expect(life.plan.requeueAfter == nil)
        #expect(life.plan.retain == [ChildReference(apiVersion: "batch/v1", kind: "Job", name: "fraud-detector-2-1-0-train")])
    }

    @Test func missingArtifactInTheReportMeansTheOutputURI() {
        var life = Lifecycle()
        life.trainingCompletes(report: #"{"metrics": {"accuracy": 0.9}}"#)
        #expect(life.plan.status.artifact == ModelArtifact(uri: "s3://baton-artifacts/risk/fraud-detector/2.1.0"))
        #expect(life.plan.status.condition(ModelConditions.trained)?.status == .true)
    }

    @Test func reportWithoutMetricsIsFine() {
        var life = Lifecycle()
        life.trainingCompletes(report: "{}\n")
        #expect(life.plan.status.training?.metrics == nil)
        #expect(life.plan.status.condition(ModelConditions.trained)?.message
            == "Job fraud-detector-2-1-0-train trained version 2.1.0; it reported no metrics.")
    }

    static func expectOldVersionStillServes(_ life: Lifecycle, reason: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let status = life.plan.status
        #expect(status.phase == .failed, sourceLocation: sourceLocation)
        #expect(status.condition(ModelConditions.ready)?.status == .false, sourceLocation: sourceLocation)
        #expect(status.condition(ModelConditions.ready)?.reason == "TrainingFailed", sourceLocation: sourceLocation)
        #expect(status.condition(ModelConditions.degraded)?.status == .true, sourceLocation: sourceLocation)
        #expect(status.condition(ModelConditions.degraded)?.reason == reason, sourceLocation: sourceLocation)
        #expect(status.condition(ModelConditions.degraded)?.message.hasSuffix("Version 2.1.0 keeps serving.") == true,
                sourceLocation: sourceLocation)
        #expect(status.condition(ModelConditions.progressing)?.status == .false, sourceLocation: sourceLocation)
        #expect(status.serving?.stableVersion == "2.1.0", sourceLocation: sourceLocation)
        #expect(status.history?.last?.outcome == .failed, sourceLocation: sourceLocation)
        #expect(status.history?.last?.reason == reason, sourceLocation: sourceLocation)
        #expect(Fixtures.objects(life.plan, kind: "Deployment").isEmpty, sourceLocation: sourceLocation)
        #expect(Fixtures.keepsTemplate(life.plan, deployment: "fraud-detector-2-1-0"),
                sourceLocation: sourceLocation)
        #expect(Fixtures.object(life.plan, kind: "Service")?["spec"]?["selector"]?["baton.dev/version"] == "2.1.0",
                sourceLocation: sourceLocation)
        #expect(life.plan.delete.isEmpty, sourceLocation: sourceLocation)
    }
}
