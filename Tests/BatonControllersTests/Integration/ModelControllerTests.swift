import BatonAPI
import Foundation
import KubeClient
import KubeCore
import KubeRuntime
import Logging
import TestSupport
import Testing

@testable import BatonControllers

/// The Model controller on a dev cluster (simulated Jobs, pods and Deployments): what only a
/// real API server, real watches and real writes show.
@Suite struct ModelControllerTests {
    static let logger: Logger = {
        var logger = Logger(label: "baton.controllers.tests")
        logger.logLevel = .warning
        return logger
    }()

    struct Running {
        let fixture: DevClusterFixture
        var models: ResourceClient { fixture.client.resource(Model.groupVersionResource, namespace: "default") }

        func model(_ name: String) async -> JSONValue? { try? await models.get(name) }

        func condition(_ name: String, _ type: String) async -> JSONValue? {
            await model(name)?[path: ["status", "conditions"]]?.arrayValue?.first { $0["type"]?.stringValue == type }
        }
    }

    static func withModelController(_ body: (Running) async throws -> Void) async throws {
        try await withDevCluster(.init(simulation: true)) { fixture in
            let crds = fixture.resource("apiextensions.k8s.io", "v1", "customresourcedefinitions", namespace: nil)
            for definition in CustomResourceDefinitions.all { _ = try await crds.create(definition) }
            let running = Running(fixture: fixture)
            #expect(await eventually { (try? await running.models.list()) != nil })
            let manager = Manager(client: fixture.client, configuration: .init(namespace: "default"), logger: logger)
            try ModelController.register(
                on: manager, configuration: OperatorConfiguration(),
                events: EventRecorder(client: fixture.client, controller: "baton.dev/test", instance: "t", logger: logger))
            let run = Task { try await manager.run() }
            defer { run.cancel() }
            try await body(running)
        }
    }

    static func model(_ name: String, spec: JSONValue) -> JSONValue {
        [
            "apiVersion": .string(Model.apiVersion), "kind": "Model",
            "metadata": ["name": .string(name), "annotations": ["dev.baton.dev/duration": "200ms", "dev.baton.dev/ready-after": "100ms"]],
            "spec": spec,
        ]
    }

    static let pretrained: JSONValue = [
        "version": "1.0.0", "artifact": ["uri": "s3://models/churn/1.0.0"],
        "serving": [
            "runtime": "MLServer", "replicas": 1,
            "resources": ["limits": ["cpu": "1", "memory": "1Gi"], "requests": ["cpu": "500m"]],
        ],
    ]

    @Test func removingServingResourcesRemovesThemFromTheDeployment() async throws {
        try await Self.withModelController { running in
            _ = try await running.models.create(Self.model("churn", spec: Self.pretrained))
            let deploymentName = ModelChildNames(model: "churn", version: "1.0.0").deployment
            func server() async -> JSONValue? {
                (try? await running.fixture.deployments.get(deploymentName))?[path: ["spec", "template", "spec", "containers"]]?
                    .arrayValue?.first { $0["name"] == "server" }
            }
            #expect(await eventually { await server()?[path: ["resources", "limits", "memory"]] == "1Gi" })
            _ = try await running.models.patch("churn", type: .merge, body: ["spec": ["serving": ["resources": nil]]])
            let removed = await eventually {
                guard let server = await server() else { return false }
                return server["resources"]?.objectValue?.isEmpty ?? true
            }
            #expect(removed, "the limits leave the Deployment with the field")
            #expect(await eventually { await running.condition("churn", ModelConditions.ready)?["status"] == "True" })
        }
    }

    @Test func aModelNameLongerThanALabelValueStillGetsItsTrainingResult() async throws {
        try await Self.withModelController { running in
            let name = String(repeating: "fraud-detector-", count: 5) + "eu"
            #expect(name.count > 63)
            _ = try await running.models.create(Self.model(name, spec: [
                "version": "2.1.0",
                "training": ["image": "registry.example.com/train:1", "command": ["python", "train.py"]],
                "serving": ["runtime": "MLServer", "replicas": 1],
            ]))
            let finished = await eventually(timeout: .seconds(30)) {
                let reason = await running.condition(name, ModelConditions.trained)?["reason"]
                return reason != nil && reason != "Training"
            }
            #expect(finished)
            let reason = await running.condition(name, ModelConditions.trained)?["reason"]
            #expect(reason == "TrainingSucceeded")
        }
    }

    @Test func versionsThatSanitiseAlikeEachTrainTheirOwnJob() async throws {
        try await Self.withModelController { running in
            let spec: (String) -> JSONValue = { version in
                [
                    "version": .string(version),
                    "training": ["image": "registry.example.com/train:1"],
                    "serving": ["runtime": "MLServer", "replicas": 1],
                    "rollout": ["scaleDownDelay": "1s"],
                ]
            }
            _ = try await running.models.create(Self.model("twins", spec: spec("2.1.0")))
            #expect(await eventually(timeout: .seconds(30)) {
                await running.model("twins")?[path: ["status", "serving", "stableVersion"]] == "2.1.0"
            })
            _ = try await running.models.patch("twins", type: .merge, body: ["spec": ["version": "2-1-0"]])
            #expect(await eventually(timeout: .seconds(30)) {
                await running.model("twins")?[path: ["status", "serving", "stableVersion"]] == "2-1-0"
            })
            let jobs = try await running.fixture.resource("batch", "v1", "jobs").list().items.map(\.name).sorted()
            #expect(Set(jobs).count == 2, "each version trained by its own Job: \(jobs)")
            // The replaced version's Deployment goes after the scale-down delay.
            let wanted = [ModelChildNames(model: "twins", version: "2-1-0").deployment]
            #expect(await eventually(timeout: .seconds(30)) {
                (try? await running.fixture.deployments.list().items.map(\.name)) == wanted
            })
        }
    }
}
