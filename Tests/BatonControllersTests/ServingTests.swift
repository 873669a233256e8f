import BatonAPI
import Foundation
import KubeCore
import KubeRuntime
import Testing

@testable import BatonControllers

/// What a served version runs: Deployment, Service, autoscaler, per runtime and configuration.
struct ServingTests {
    static let pretrained = ModelArtifact(
        uri: "s3://ml-models/churn/1.0.0", digest: "sha256:2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae")

    static func model(serving: ServingSpec = ServingSpec(runtime: .mlServer, replicas: 2)) -> Model {
        Fixtures.model(name: "churn", namespace: "growth", version: "1.0.0", training: nil, artifact: pretrained, serving: serving)
    }

    static func plan(
        _ serving: ServingSpec = ServingSpec(runtime: .mlServer, replicas: 2),
        configuration: OperatorConfiguration = Fixtures.configuration
    ) -> ModelPlan {
        Fixtures.plan(ModelObservation(model: model(serving: serving)), configuration: configuration)
    }

    @Test func pretrainedModelIsServedDirectly() throws {
        let plan = Self.plan()
        #expect(Fixtures.objects(plan, kind: "Job").isEmpty)
        #expect(Fixtures.objects(plan, kind: "Deployment").compactMap(Fixtures.name) == ["churn-1-0-0"])
        #expect(Fixtures.objects(plan, kind: "Service").compactMap(Fixtures.name) == ["churn"])
        #expect(plan.status.artifact == Self.pretrained)
        #expect(plan.status.training == nil)
        #expect(plan.status.condition(ModelConditions.trained) == nil)
        #expect(plan.status.phase == .rollingOut)
        #expect(plan.events.map(\.reason) == ["RolloutStarted"])
    }

    @Test func pretrainedModelBecomesReady() {
        var life = Lifecycle(Self.model())
        life.deploymentBecomesAvailable(replicas: 2)
        #expect(life.plan.status.phase == .serving)
        #expect(life.plan.status.condition(ModelConditions.ready)?.message
            == "Version 1.0.0 serves all traffic at http://churn.growth.svc:8080.")
        life.expectIdempotent()
    }

    @Test func deploymentShape() throws {
        let deployment = try #require(Fixtures.object(Self.plan(), kind: "Deployment"))
        #expect(deployment["apiVersion"] == "apps/v1")
        #expect(deployment["metadata"]?["ownerReferences"]?[0]?["name"] == "churn")
        #expect(deployment["spec"]?["replicas"] == 2)
        let selector: JSONValue = ["baton.dev/model": "churn", "baton.dev/version": "1.0.0", "baton.dev/component": "serving"]
        #expect(deployment["spec"]?["selector"] == ["matchLabels": selector])
        #expect(deployment[path: ["spec", "template", "metadata", "labels", "baton.dev/component"]] == "serving")
        #expect(deployment[path: ["spec", "template", "metadata", "labels", "app.kubernetes.io/managed-by"]] == "baton")
        #expect(deployment[path: ["spec", "template", "spec", "volumes"]] == [["name": "model-store", "emptyDir": [:]]])
        let initializer = try #require(deployment.container("storage-initializer", path: ["spec", "template", "spec", "initContainers"]))
        #expect(initializer["args"] == ["s3://ml-models/churn/1.0.0", "/mnt/models"])
        #expect(initializer["volumeMounts"] == [["name": "model-store", "mountPath": "/mnt/models"]])
    }

    @Test func mlServerContainer() throws {
        let server = try #require(Fixtures.object(Self.plan(), kind: "Deployment")?.container("server"))
        #expect(server["image"] == "docker.io/seldonio/mlserver:1.6.1")
        #expect(server["args"] == nil)
        #expect(server["command"] == nil)
        #expect(server["env"] == [
            ["name": "MLSERVER_MODEL_URI", "value": "/mnt/models"],
            ["name": "MLSERVER_MODEL_NAME", "value": "churn"],
            ["name": "MLSERVER_HTTP_PORT", "value": "8080"],
        ])
        #expect(server["ports"] == [["name": "http", "containerPort": 8080, "protocol": "TCP"]])
        #expect(server["readinessProbe"] == ["httpGet": ["path": "/v2/health/ready", "port": "http"]])
        #expect(server["volumeMounts"] == [["name": "model-store", "mountPath": "/mnt/models", "readOnly": true]])
    }

    @Test func tfServingNamesTheModel() throws {
        let server = try #require(Fixtures.object(Self.plan(ServingSpec(runtime: .tfServing)), kind: "Deployment")?.container("server"))
        #expect(server["command"] == ["/usr/bin/tensorflow_model_server"])
        #expect(server["args"] == ["--model_base_path=/mnt/models", "--rest_api_port=8080", "--model_name=churn"])
        #expect(server["readinessProbe"] == ["httpGet": ["path": "/v1/models/churn", "port": "http"]])
    }

    @Test func tritonAndTorchServe() throws {
        let triton = try #require(Fixtures.object(Self.plan(ServingSpec(runtime: .triton)), kind: "Deployment")?.container("server"))
        #expect(triton["args"] == ["tritonserver", "--model-repository=/mnt/models", "--http-port=8080"])
        let torch = try #require(Fixtures.object(Self.plan(ServingSpec(runtime: .torchServe)), kind: "Deployment")?.container("server"))
        #expect(torch["args"]?.arrayValue?.contains("--model-store=/mnt/models") == true)
        #expect(torch["readinessProbe"] == ["httpGet": ["path": "/ping", "port": "http"]])
    }

    @Test func customRuntimeUsesTheSpecImageAndATCPCheck() throws {
        let serving = ServingSpec(
            runtime: .custom, image: "registry.example.com/fraud-serve:2.1", args: ["--port", "8080"],
            env: [EnvVar(name: "LOG_LEVEL", value: "info")],
            resources: ResourceRequirements(limits: ["memory": "2Gi"], requests: ["cpu": "500m", "memory": "1Gi"]))
        let server = try #require(Fixtures.object(Self.plan(serving), kind: "Deployment")?.container("server"))
        #expect(server["image"] == "registry.example.com/fraud-serve:2.1")
        #expect(server["args"] == ["--port", "8080"])
        #expect(server["env"] == [["name": "LOG_LEVEL", "value": "info"]])
        #expect(server["readinessProbe"] == ["tcpSocket": ["port": "http"]])
        #expect(server["resources"] == ["limits": ["memory": "2Gi"], "requests": ["cpu": "500m", "memory": "1Gi"]])
    }

    @Test func specEnvOverridesTheRuntimesByName() throws {
        let serving = ServingSpec(
            runtime: .mlServer, env: [EnvVar(name: "MLSERVER_MODEL_NAME", value: "churn-v1"), EnvVar(name: "EXTRA", value: "1")])
        let server = try #require(Fixtures.object(Self.plan(serving), kind: "Deployment")?.container("server"))
        #expect(server["env"] == [
            ["name": "MLSERVER_MODEL_URI", "value": "/mnt/models"],
            ["name": "MLSERVER_MODEL_NAME", "value": "churn-v1"],
            ["name": "MLSERVER_HTTP_PORT", "value": "8080"],
            ["name": "EXTRA", "value": "1"],
        ])
    }

    @Test func configuredRuntimeImageAndPortAreUsed() throws {
        var configuration = OperatorConfiguration()
        configuration.runtimes[.mlServer].image = "registry.internal/mlserver:1.6.1-mirror"
        configuration.runtimes[.mlServer].port = 9000
        configuration.storageInitializerImage = "registry.internal/storage-initializer:v0.14.1"
        configuration.servingPort = 80
        let plan = Self.plan(configuration: configuration)
        let deployment = try #require(Fixtures.object(plan, kind: "Deployment"))
        #expect(deployment.container("server")?["image"] == "registry.internal/mlserver:1.6.1-mirror")
        #expect(deployment.container("server")?["ports"] == [["name": "http", "containerPort": 9000, "protocol": "TCP"]])
        #expect(deployment.environment(container: "server")["MLSERVER_HTTP_PORT"]?["value"] == "9000")
        #expect(deployment.container("storage-initializer", path: ["spec", "template", "spec", "initContainers"])?["image"]
            == "registry.internal/storage-initializer:v0.14.1")
        let service = try #require(Fixtures.object(plan, kind: "Service"))
        #expect(service["spec"]?["ports"] == [["name": "http", "port": 80, "targetPort": "http", "protocol": "TCP"]])
        #expect(plan.status.serving?.endpoint == "http://churn.growth.svc:80")
    }

    @Test func stableServiceShape() throws {
        let service = try #require(Fixtures.object(Self.plan(), kind: "Service"))
        #expect(service["apiVersion"] == "v1")
        #expect(service["spec"]?["type"] == "ClusterIP")
        #expect(service["spec"]?["ports"] == [["name": "http", "port": 8080, "targetPort": "http", "protocol": "TCP"]])
        #expect(service["metadata"]?["labels"]?["baton.dev/component"] == "serving")
        #expect(service["metadata"]?["ownerReferences"]?[0]?["controller"] == true)
    }

    @Test func autoscalingGivesAnAutoscalerAndNoReplicaCount() throws {
        let serving = ServingSpec(
            runtime: .mlServer, replicas: 3,
            autoscaling: AutoscalingSpec(minReplicas: 2, maxReplicas: 10, targetCPUUtilizationPercentage: 70))
        let plan = Self.plan(serving)
        #expect(Fixtures.object(plan, kind: "Deployment")?["spec"]?["replicas"] == nil)
        let autoscaler = try #require(Fixtures.object(plan, kind: "HorizontalPodAutoscaler"))
        #expect(autoscaler["apiVersion"] == "autoscaling/v2")
        #expect(Fixtures.name(of: autoscaler) == "churn-1-0-0")
        #expect(autoscaler["spec"] == [
            "scaleTargetRef": ["apiVersion": "apps/v1", "kind": "Deployment", "name": "churn-1-0-0"],
            "minReplicas": 2, "maxReplicas": 10,
            "metrics": [["type": "Resource", "resource": ["name": "cpu", "target": ["type": "Utilization", "averageUtilization": 70]]]],
        ])
        #expect(autoscaler["metadata"]?["labels"]?["baton.dev/version"] == "1.0.0")
    }

    @Test func autoscaledVersionIsPromotedAtItsMinimum() {
        var life = Lifecycle(Self.model(serving: ServingSpec(runtime: .mlServer, autoscaling: AutoscalingSpec(minReplicas: 2, maxReplicas: 10))))
        life.deploymentBecomesAvailable(replicas: 2)
        #expect(life.plan.status.condition(ModelConditions.ready)?.status == .true)
        life.expectIdempotent()
    }

    @Test func droppingAutoscalingDeletesTheAutoscaler() {
        var life = Lifecycle(Self.model(serving: ServingSpec(runtime: .mlServer, autoscaling: AutoscalingSpec(maxReplicas: 4))))
        life.deploymentBecomesAvailable(replicas: 1)
        life.editSpec { $0.serving.autoscaling = nil }
        #expect(life.plan.delete == [ChildReference(apiVersion: "autoscaling/v2", kind: "HorizontalPodAutoscaler", name: "churn-1-0-0")])
        #expect(Fixtures.object(life.plan, kind: "Deployment")?["spec"]?["replicas"] == 1)
    }
}
