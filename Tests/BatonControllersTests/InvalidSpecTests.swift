import BatonAPI
import Foundation
import KubeCore
import KubeRuntime
import Testing

@testable import BatonControllers

/// A spec the planner cannot act on: a condition naming the field, and no child touched.
struct InvalidSpecTests {
    @Test func neitherTrainingNorArtifact() throws {
        let plan = Fixtures.plan(ModelObservation(model: Fixtures.model(training: nil, artifact: nil)))
        #expect(plan.objects.isEmpty && plan.delete.isEmpty)
        #expect(plan.status.phase == .failed)
        let ready = try #require(plan.status.condition(ModelConditions.ready))
        #expect(ready.status == .false)
        #expect(ready.reason == "InvalidSpec")
        #expect(ready.message.contains("set spec.training to train the model or spec.artifact.uri to serve a pre-trained one"))
        #expect(plan.status.condition(ModelConditions.degraded)?.status == .true)
        #expect(plan.status.condition(ModelConditions.degraded)?.reason == "InvalidSpec")
        #expect(plan.status.condition(ModelConditions.progressing)?.status == .false)
        #expect(plan.status.condition(ModelConditions.trained) == nil)
        #expect(plan.events == [PlannedEvent(.warning, reason: "InvalidSpec", action: "Validate", message: ready.message)])
        #expect(plan.status.history == nil)
    }

    @Test func customRuntimeWithoutImageNamesTheField() throws {
        let plan = Fixtures.plan(ModelObservation(model: Fixtures.model(serving: ServingSpec(runtime: .custom))))
        #expect(plan.objects.isEmpty)
        let message = try #require(plan.status.condition(ModelConditions.ready)?.message)
        #expect(message == "Runtime Custom has no image of its own: set spec.serving.image to the model server's image.")
        #expect(plan.status.condition(ModelConditions.ready)?.reason == "InvalidSpec")
    }

    @Test func customRuntimeGivenAnImageByConfigurationIsFine() {
        var configuration = OperatorConfiguration()
        configuration.runtimes[.custom].image = "registry.internal/generic-server:3"
        let plan = Fixtures.plan(
            ModelObservation(model: Fixtures.model(training: nil, artifact: ModelArtifact(uri: "s3://m"), serving: ServingSpec(runtime: .custom))),
            configuration: configuration)
        #expect(Fixtures.object(plan, kind: "Deployment")?.container("server")?["image"] == "registry.internal/generic-server:3")
    }

    @Test func bothTrainingAndArtifact() {
        let plan = Fixtures.plan(ModelObservation(model: Fixtures.model(artifact: ModelArtifact(uri: "s3://m"))))
        #expect(plan.objects.isEmpty)
        #expect(plan.status.condition(ModelConditions.ready)?.message.hasPrefix("Both spec.training and spec.artifact are set") == true)
    }

    @Test func autoscalingBoundsUpsideDown() {
        let serving = ServingSpec(runtime: .mlServer, autoscaling: AutoscalingSpec(minReplicas: 5, maxReplicas: 2))
        let plan = Fixtures.plan(ModelObservation(model: Fixtures.model(serving: serving)))
        #expect(plan.objects.isEmpty)
        #expect(plan.status.condition(ModelConditions.ready)?.message
            == "spec.serving.autoscaling.minReplicas (5) is above maxReplicas (2): lower minReplicas or raise maxReplicas.")
    }

    @Test func anInvalidEditLeavesWhatServesAlone() throws {
        var life = Lifecycle()
        life.trainingCompletes()
        life.deploymentBecomesAvailable()
        let before = life.plan.status
        life.editSpec {
            $0.version = "2.2.0"
            $0.serving = ServingSpec(runtime: .custom)
        }
        #expect(life.plan.objects.isEmpty)
        #expect(life.plan.delete.isEmpty)
        #expect(Set(life.plan.retain.map(\.description)) == [
            "Job/fraud-detector-2-1-0-train", "Deployment/fraud-detector-2-1-0", "Service/fraud-detector",
        ])
        #expect(life.plan.status.serving == before.serving)
        #expect(life.plan.status.artifact == before.artifact)
        // Trained still describes what it last saw, with the generation it saw it in.
        #expect(life.plan.status.condition(ModelConditions.trained) == before.condition(ModelConditions.trained))
        #expect(life.plan.status.condition(ModelConditions.ready)?.observedGeneration == 2)
        #expect(life.plan.events.map(\.reason) == ["InvalidSpec"])
        life.expectIdempotent()

        life.editSpec { $0.serving = ServingSpec(runtime: .mlServer, replicas: 3) }
        #expect(life.plan.status.phase == .training)
        #expect(life.plan.status.condition(ModelConditions.degraded)?.status == .false)
        #expect(life.plan.events.map(\.reason) == ["TrainingStarted"])
    }
}
