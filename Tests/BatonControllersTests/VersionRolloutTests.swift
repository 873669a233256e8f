import BatonAPI
import Foundation
import KubeCore
import KubeRuntime
import Testing

@testable import BatonControllers

/// A new version comes up beside the serving one and replaces it once available, by the
/// default strategy (BlueGreen without analysis: the preview Service reaches it until its pods
/// are all up); the replaced version's pods stay for the scale-down delay.
struct VersionRolloutTests {
    /// Past the default 30 s scale-down delay.
    static let afterScaleDown = Fixtures.now.addingTimeInterval(31)

    static let newReport = #"{"metrics": {"accuracy": 0.96}, "artifact": {"uri": "s3://ml-models/fraud/2.2.0"}}"#

    @Test func bumpStartsANewJobAndKeepsTheOldVersionServing() throws {
        let life = Lifecycle.versionBumped()
        #expect(Fixtures.name(of: Fixtures.object(life.plan, kind: "Job") ?? nil) == "fraud-detector-2-2-0-train")
        // The old Deployment is kept as it is, and the Service still selects it.
        #expect(Fixtures.objects(life.plan, kind: "Deployment").isEmpty)
        #expect(Fixtures.scaled(life.plan) == ["fraud-detector-2-1-0": 3], "at the spec's count, template untouched")
        #expect(life.plan.retain.contains(ChildReference(apiVersion: "batch/v1", kind: "Job", name: "fraud-detector-2-1-0-train")))
        #expect(life.plan.delete.isEmpty)
        let service = try #require(Fixtures.object(life.plan, kind: "Service"))
        #expect(service["spec"]?["selector"]?["baton.dev/version"] == "2.1.0")
        let status = life.plan.status
        #expect(status.phase == .training)
        #expect(status.serving == ServingStatus(
            stableVersion: "2.1.0", readyReplicas: 3, endpoint: "http://fraud-detector.risk.svc:8080"))
        #expect(status.artifact == nil)
        #expect(status.training?.version == "2.2.0")
        #expect(status.condition(ModelConditions.ready)?.status == .false)
        #expect(status.condition(ModelConditions.ready)?.message
            == "Version 2.2.0 is not trained yet: Job fraud-detector-2-2-0-train is training version 2.2.0. Version 2.1.0 serves meanwhile.")
        #expect(life.plan.events.map(\.reason) == ["TrainingStarted"])
        life.expectIdempotent()
    }

    @Test func trainedNewVersionRollsOutBesideTheOld() throws {
        var life = Lifecycle.versionBumped()
        life.trainingCompletes(report: Self.newReport)
        let deployments = Fixtures.objects(life.plan, kind: "Deployment")
        #expect(deployments.compactMap(Fixtures.name) == ["fraud-detector-2-2-0"])
        #expect(Fixtures.keepsTemplate(life.plan, deployment: "fraud-detector-2-1-0"))
        #expect(Fixtures.object(life.plan, kind: "Service", name: "fraud-detector")?["spec"]?["selector"]?["baton.dev/version"] == "2.1.0")
        #expect(Fixtures.object(life.plan, kind: "Service", name: "fraud-detector-preview")?["spec"]?["selector"]?["baton.dev/version"] == "2.2.0")
        #expect(life.plan.status.phase == .rollingOut)
        #expect(life.plan.status.serving?.stableVersion == "2.1.0")
        #expect(life.plan.status.serving?.canaryVersion == "2.2.0")
        #expect(life.plan.status.serving?.canaryWeight == 0)
        #expect(life.plan.status.rollout?.strategy == .blueGreen)
        #expect(life.plan.status.rollout?.reason == "WaitingForPods")
        #expect(life.plan.events.map(\.reason) == ["TrainingSucceeded", "RolloutStarted"])
        #expect(life.plan.events.last?.message
            == "Rolling out version 2.2.0 beside version 2.1.0, which serves until it is available.")
        life.expectIdempotent()
    }

    @Test func availableNewVersionTakesOverAndTheOldGoes() throws {
        var life = Lifecycle.versionBumped()
        life.trainingCompletes(report: Self.newReport)
        life.deploymentBecomesAvailable("2.2.0")
        let service = try #require(Fixtures.object(life.plan, kind: "Service"))
        #expect(service["spec"]?["selector"]?["baton.dev/version"] == "2.2.0")
        #expect(service["metadata"]?["labels"]?["baton.dev/version"] == "2.2.0")
        #expect(life.plan.delete == [ChildReference(apiVersion: "v1", kind: "Service", name: "fraud-detector-preview")])
        #expect(life.plan.retain.contains(ChildReference(apiVersion: "apps/v1", kind: "Deployment", name: "fraud-detector-2-1-0")),
                "kept for the scale-down delay")
        #expect(life.plan.status.rollout?.phase == .completed)
        #expect(life.plan.requeueAfter == .seconds(31), "to delete it then")
        let status = life.plan.status
        #expect(status.phase == .serving)
        #expect(status.condition(ModelConditions.ready)?.status == .true)
        #expect(status.serving == ServingStatus(
            stableVersion: "2.2.0", readyReplicas: 3, endpoint: "http://fraud-detector.risk.svc:8080"))
        #expect(status.history?.map(\.version) == ["2.1.0", "2.2.0"])
        #expect(status.history?.last?.outcome == .promoted)
        #expect(life.plan.events == [
            PlannedEvent(.normal, reason: "Promoted", action: "Serve", message: "Version 2.2.0 serves all traffic, replacing version 2.1.0.")
        ])
        life.expectIdempotent()
        life.reconcile(at: Self.afterScaleDown)
        #expect(life.plan.delete == [ChildReference(apiVersion: "apps/v1", kind: "Deployment", name: "fraud-detector-2-1-0")])
        #expect(life.plan.requeueAfter == nil)
    }

    @Test func oldAutoscalerGoesWithTheOldDeployment() {
        var life = Lifecycle(Fixtures.model(serving: ServingSpec(
            runtime: .mlServer, autoscaling: AutoscalingSpec(minReplicas: 2, maxReplicas: 6))))
        life.trainingCompletes()
        life.deploymentBecomesAvailable(replicas: 2)
        #expect(life.plan.status.phase == .serving)
        life.editSpec { $0.version = "2.2.0" }
        #expect(Fixtures.object(life.plan, kind: "HorizontalPodAutoscaler", name: "fraud-detector-2-1-0") != nil)
        life.trainingCompletes(report: Self.newReport)
        #expect(Fixtures.object(life.plan, kind: "HorizontalPodAutoscaler", name: "fraud-detector-2-2-0")?["spec"]?["minReplicas"] == 2,
                "pinned to the step's count")
        life.deploymentBecomesAvailable("2.2.0", replicas: 2)
        #expect(Fixtures.object(life.plan, kind: "HorizontalPodAutoscaler", name: "fraud-detector-2-2-0")?["spec"]?["maxReplicas"] == 6,
                "the spec's bounds once stable")
        life.reconcile(at: Self.afterScaleDown)
        #expect(Set(life.plan.delete) == [
            ChildReference(apiVersion: "apps/v1", kind: "Deployment", name: "fraud-detector-2-1-0"),
            ChildReference(apiVersion: "autoscaling/v2", kind: "HorizontalPodAutoscaler", name: "fraud-detector-2-1-0"),
        ])
        #expect(Fixtures.object(life.plan, kind: "HorizontalPodAutoscaler")?["metadata"]?["name"] == "fraud-detector-2-2-0")
        life.expectIdempotent(at: Self.afterScaleDown)
    }

    @Test func bumpDuringARolloutAbandonsTheUnpromotedVersion() {
        var life = Lifecycle.versionBumped()
        life.trainingCompletes(report: Self.newReport)
        life.editSpec { $0.version = "2.3.0" }
        #expect(Set(life.plan.delete) == [
            ChildReference(apiVersion: "apps/v1", kind: "Deployment", name: "fraud-detector-2-2-0"),
            ChildReference(apiVersion: "v1", kind: "Service", name: "fraud-detector-preview"),
        ])
        #expect(Fixtures.keepsTemplate(life.plan, deployment: "fraud-detector-2-1-0"))
        #expect(life.plan.status.rollout?.phase == .aborted)
        #expect(life.plan.status.rollout?.reason == "Superseded")
        #expect(Fixtures.object(life.plan, kind: "Service")?["spec"]?["selector"]?["baton.dev/version"] == "2.1.0")
        #expect(life.plan.status.serving?.canaryVersion == nil)
        life.expectIdempotent()
    }

    @Test func bumpWhileTrainingDeletesTheSupersededRunningJob() {
        var life = Lifecycle.versionBumped()
        life.observation = Fixtures.applying(life.plan, to: life.observation)
        life.observation.jobs = life.observation.jobs.map {
            Fixtures.name(of: $0) == "fraud-detector-2-2-0-train" ? Fixtures.running($0) : $0
        }
        life.editSpec { $0.version = "2.3.0" }
        #expect(life.plan.delete == [ChildReference(apiVersion: "batch/v1", kind: "Job", name: "fraud-detector-2-2-0-train")])
        #expect(Fixtures.name(of: Fixtures.object(life.plan, kind: "Job") ?? nil) == "fraud-detector-2-3-0-train")
    }

    @Test func goingBackToTheStableVersionDoesNotRetrainIt() {
        var life = Lifecycle.versionBumped()
        life.observation = Fixtures.applying(life.plan, to: life.observation)
        // The stable version's Job is long gone.
        life.observation.jobs.removeAll { Fixtures.name(of: $0) == "fraud-detector-2-1-0-train" }
        life.observation.trainingPods = []
        life.editSpec { $0.version = "2.1.0" }
        #expect(Fixtures.objects(life.plan, kind: "Job").isEmpty)
        #expect(life.plan.status.phase == .serving)
        #expect(life.plan.status.condition(ModelConditions.ready)?.status == .true)
        #expect(life.plan.status.artifact?.uri == "s3://ml-models/fraud/2.1.0")
        #expect(life.plan.status.condition(ModelConditions.trained)?.message
            == "Version 2.1.0 was trained earlier; its artifact is s3://ml-models/fraud/2.1.0.")
        let deployment = Fixtures.object(life.plan, kind: "Deployment")
        #expect(Fixtures.name(of: deployment ?? nil) == "fraud-detector-2-1-0")
        life.expectIdempotent()
    }

    @Test func newVersionWithADifferentRuntimeLeavesTheStableTemplateAlone() {
        var life = Lifecycle.versionBumped()
        life.trainingCompletes(report: Self.newReport)
        life.editSpec { $0.serving = ServingSpec(runtime: .triton, replicas: 2) }
        // Only the new version is built from the changed spec.
        let deployments = Fixtures.objects(life.plan, kind: "Deployment")
        #expect(deployments.compactMap(Fixtures.name) == ["fraud-detector-2-2-0"])
        #expect(deployments.first?.container("server")?["image"] == "nvcr.io/nvidia/tritonserver:24.08-py3")
        #expect(Fixtures.keepsTemplate(life.plan, deployment: "fraud-detector-2-1-0"))
    }
}
