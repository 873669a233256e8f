import BatonAPI
import Foundation
import KubeCore
import KubeRuntime
import Testing

@testable import BatonControllers

/// One trained Model from a fresh spec to serving, checked at every stage.
struct ModelLifecycleTests {
    @Test func freshModelIsIdempotentWhileTraining() {
        var life = Lifecycle()
        life.expectIdempotent()
        life.reconcile()
        #expect(life.plan.events.isEmpty)
        #expect(life.plan.status.phase == .training)
        life.expectIdempotent()
    }

    @Test func completedTrainingRecordsMetricsAndArtifact() throws {
        var life = Lifecycle()
        life.trainingCompletes()
        let status = life.plan.status
        #expect(status.training == TrainingStatus(
            version: "2.1.0", jobRef: LocalObjectReference(name: "fraud-detector-2-1-0-train"), attempts: 1,
            metrics: ["accuracy": 0.94, "auc": 0.97]))
        #expect(status.artifact == ModelArtifact(uri: "s3://ml-models/fraud/2.1.0", digest: "sha256:9f86d081"))
        let trained = try #require(status.condition(ModelConditions.trained))
        #expect(trained.status == .true)
        #expect(trained.reason == "TrainingSucceeded")
        #expect(trained.message == "Job fraud-detector-2-1-0-train trained version 2.1.0; accuracy 0.94, auc 0.97.")
        #expect(status.phase == .rollingOut)
        #expect(life.plan.events.map(\.reason) == ["TrainingSucceeded", "RolloutStarted"])
        #expect(life.plan.events.first?.type == .normal)
    }

    @Test func completedJobIsRetainedNotReappliedNorDeleted() {
        var life = Lifecycle()
        life.trainingCompletes()
        #expect(Fixtures.objects(life.plan, kind: "Job").isEmpty)
        #expect(life.plan.retain == [ChildReference(apiVersion: "batch/v1", kind: "Job", name: "fraud-detector-2-1-0-train")])
        #expect(life.plan.delete.isEmpty)
    }

    @Test func trainedVersionGetsDeploymentAndService() throws {
        var life = Lifecycle()
        life.trainingCompletes()
        let deployment = try #require(Fixtures.object(life.plan, kind: "Deployment"))
        #expect(Fixtures.name(of: deployment) == "fraud-detector-2-1-0")
        let initializer = try #require(deployment.container("storage-initializer", path: ["spec", "template", "spec", "initContainers"]))
        #expect(initializer["args"] == ["s3://ml-models/fraud/2.1.0", "/mnt/models"])
        #expect(initializer["image"] == "kserve/storage-initializer:v0.14.1")
        #expect(deployment["metadata"]?["annotations"] == [
            "baton.dev/artifact-digest": "sha256:9f86d081", "baton.dev/artifact-uri": "s3://ml-models/fraud/2.1.0",
        ])
        let service = try #require(Fixtures.object(life.plan, kind: "Service"))
        #expect(Fixtures.name(of: service) == "fraud-detector")
        #expect(service["spec"]?["selector"] == [
            "baton.dev/model": "fraud-detector", "baton.dev/version": "2.1.0", "baton.dev/component": "serving",
        ])
        // With nothing serving before, the first version is routed to right away, but not Ready.
        #expect(life.plan.status.serving == ServingStatus(
            canaryVersion: "2.1.0", canaryWeight: 100, readyReplicas: 0, endpoint: "http://fraud-detector.risk.svc:8080"))
        let ready = try #require(life.plan.status.condition(ModelConditions.ready))
        #expect(ready.status == .false)
        #expect(ready.reason == "RollingOut")
        #expect(ready.message == "Deployment fraud-detector-2-1-0 has 0 of 3 replicas of version 2.1.0 available. Nothing is served yet.")
        life.expectIdempotent()
    }

    @Test func partlyAvailableDeploymentIsNotReady() {
        var life = Lifecycle()
        life.trainingCompletes()
        life.deploymentBecomesAvailable(replicas: 2)
        #expect(life.plan.status.phase == .rollingOut)
        #expect(life.plan.status.condition(ModelConditions.ready)?.status == .false)
        #expect(life.plan.status.condition(ModelConditions.ready)?.message.contains("has 2 of 3 replicas") == true)
        #expect(life.plan.status.serving?.stableVersion == nil)
        #expect(life.plan.status.serving?.readyReplicas == 2)
        #expect(life.plan.status.history == nil)
        life.expectIdempotent()
    }

    @Test func availableDeploymentMakesTheModelReady() throws {
        var life = Lifecycle()
        life.trainingCompletes()
        life.deploymentBecomesAvailable()
        let status = life.plan.status
        #expect(status.phase == .serving)
        let ready = try #require(status.condition(ModelConditions.ready))
        #expect(ready.status == .true)
        #expect(ready.reason == "Serving")
        #expect(ready.message == "Version 2.1.0 serves all traffic at http://fraud-detector.risk.svc:8080.")
        #expect(status.condition(ModelConditions.progressing)?.status == .false)
        #expect(status.condition(ModelConditions.progressing)?.reason == "RolloutComplete")
        #expect(status.condition(ModelConditions.degraded)?.reason == "AsExpected")
        #expect(status.serving == ServingStatus(
            stableVersion: "2.1.0", readyReplicas: 3, endpoint: "http://fraud-detector.risk.svc:8080"))
        #expect(status.history == [
            VersionHistoryEntry(
                version: "2.1.0", outcome: .promoted, time: Fixtures.nowTime, reason: "Promoted",
                message: "Version 2.1.0 serves all traffic.", artifact: status.artifact)
        ])
        #expect(status.artifact?.uri == "s3://ml-models/fraud/2.1.0")
        #expect(life.plan.events == [
            PlannedEvent(.normal, reason: "Promoted", action: "Serve", message: "Version 2.1.0 serves all traffic.")
        ])
        life.expectIdempotent()
    }

    @Test func readyNeedsTheControllerToHaveSeenTheLatestSpec() {
        var life = Lifecycle()
        life.trainingCompletes()
        life.observation = Fixtures.applying(life.plan, to: life.observation)
        life.observation.deployments = life.observation.deployments.map {
            var deployment = Fixtures.available($0, replicas: 3)
            deployment["metadata"]?["generation"] = 2
            return deployment
        }
        life.replan()
        #expect(life.plan.status.condition(ModelConditions.ready)?.status == .false)
        #expect(life.plan.status.serving?.stableVersion == nil)
    }

    @Test func transitionTimesMoveOnlyWhenStatusChanges() throws {
        var life = Lifecycle()
        life.trainingCompletes()
        let degradedSince = try #require(life.plan.status.condition(ModelConditions.degraded)?.lastTransitionTime)
        let later = Fixtures.now.addingTimeInterval(600)
        life.observation = Fixtures.applying(life.plan, to: life.observation)
        life.observation.deployments = life.observation.deployments.map { Fixtures.available($0, replicas: 3) }
        life.replan(at: later)
        #expect(life.plan.status.condition(ModelConditions.ready)?.lastTransitionTime == KubeTime(later))
        #expect(life.plan.status.condition(ModelConditions.degraded)?.lastTransitionTime == degradedSince)
        #expect(life.plan.status.condition(ModelConditions.trained)?.lastTransitionTime == Fixtures.nowTime)
    }

    @Test func servingModelLosingItsPodsIsUnavailableThenAvailableAgain() throws {
        var life = Lifecycle()
        life.trainingCompletes()
        life.deploymentBecomesAvailable()
        life.deploymentBecomesAvailable(replicas: 0)
        #expect(life.plan.status.phase == .serving)
        #expect(life.plan.status.condition(ModelConditions.ready)?.reason == "Unavailable")
        #expect(life.plan.events.map(\.reason) == ["Unavailable"])
        #expect(life.plan.events.first?.type == .warning)
        #expect(life.plan.status.history?.count == 1)
        life.expectIdempotent()
        life.deploymentBecomesAvailable(replicas: 3)
        #expect(life.plan.status.condition(ModelConditions.ready)?.status == .true)
        #expect(life.plan.events.map(\.reason) == ["Available"])
    }

    @Test func deletedDeploymentOfTheStableVersionIsRecreated() {
        var life = Lifecycle()
        life.trainingCompletes()
        life.deploymentBecomesAvailable()
        life.observation = Fixtures.applying(life.plan, to: life.observation)
        life.observation.deployments = []
        life.replan()
        #expect(Fixtures.object(life.plan, kind: "Deployment") != nil)
        #expect(life.plan.status.condition(ModelConditions.ready)?.reason == "Unavailable")
        // Recorded artifacts are enough: no second Job.
        #expect(Fixtures.objects(life.plan, kind: "Job").isEmpty)
    }

    @Test func restartAfterTheJobIsGoneNeverTrainsAgain() {
        var life = Lifecycle()
        life.trainingCompletes()
        life.deploymentBecomesAvailable()
        life.observation = Fixtures.applying(life.plan, to: life.observation)
        // The TTL removed the Job and its pods.
        life.observation.jobs = []
        life.observation.trainingPods = []
        life.replan()
        #expect(Fixtures.objects(life.plan, kind: "Job").isEmpty)
        #expect(life.plan.events.isEmpty)
        #expect(life.plan.status.condition(ModelConditions.trained)?.status == .true)
        life.expectIdempotent()
    }

    @Test func aNewGenerationMovesObservedGenerationWithoutEvents() {
        var life = Lifecycle()
        life.trainingCompletes()
        life.deploymentBecomesAvailable()
        life.editSpec { $0.owner = "team-risk" }
        #expect(life.plan.status.observedGeneration == 2)
        #expect(life.plan.status.conditions?.allSatisfy { $0.observedGeneration == 2 } == true)
        #expect(life.plan.events.isEmpty)
        life.expectIdempotent()
    }

    @Test func settlesFromScratchWithTheClusterDoingItsPart() {
        var life = Lifecycle()
        life.trainingCompletes()
        life.deploymentBecomesAvailable()
        let settled = Fixtures.settle(life.observation)
        #expect(settled.plan.status == life.plan.status)
        #expect(settled.plan.events.isEmpty)
    }
}
