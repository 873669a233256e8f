import BatonAPI
import Foundation
import KubeClient
import KubeCore
import KubeRuntime
import Logging
import TestSupport
import Testing

@testable import BatonControllers

/// The Model lifecycle (train, serve, Ready) converges through each fault an API server and a
/// network produce, with no duplicate Job or Deployment: the operator's client goes through a
/// `FaultyTransport` with client-side retries off, so every fault reaches the controller.
@Suite struct ModelFaultTests {
    static let cases: [(String, FaultyTransport.Rule)] = [
        ("500 on Deployment applies", .init(method: "PATCH", path: "/deployments/", fault: .status(500, reason: "InternalError"), times: 2)),
        ("429 with Retry-After on the status", .init(method: "PATCH", path: "/status", fault: .status(429, reason: "TooManyRequests", retryAfterSeconds: 1))),
        ("409 on the Job's create", .init(method: "POST", path: "/jobs", fault: .status(409, reason: "Conflict"))),
        ("slow Deployment list, watch and apply", .init(path: "/deployments", fault: .delay(.seconds(2)), times: 3)),
        ("the Job's create committed, its response lost", .init(method: "POST", path: "/jobs", fault: .responseLost)),
        ("a Deployment apply committed, its response lost", .init(method: "PATCH", path: "/deployments/", fault: .responseLost)),
        ("the status write committed, its response lost", .init(method: "PATCH", path: "/status", fault: .responseLost)),
        ("watches cut mid-stream", .init(method: "GET", path: "watch=true", fault: .cutStream, times: 6)),
        ("410 Gone when watches resume", .init(method: "GET", path: "watch=true", fault: .status(410, reason: "Expired"), times: 4)),
    ]

    @Test(arguments: cases)
    func theLifecycleConvergesThrough(_ name: String, _ rule: FaultyTransport.Rule) async throws {
        try await withDevCluster(.init(simulation: true)) { fixture in
            let crds = fixture.resource("apiextensions.k8s.io", "v1", "customresourcedefinitions", namespace: nil)
            for definition in CustomResourceDefinitions.all { _ = try await crds.create(definition) }
            let models = fixture.client.resource(Model.groupVersionResource, namespace: "default")
            #expect(await eventually { (try? await models.list()) != nil })

            let configuration = try KubeConfigLoader(explicitPath: fixture.kubeconfigPath, environment: [:]).load()
            let faulty = FaultyTransport(try CurlTransport(configuration: configuration))
            faulty.arm(rule)
            let client = KubeAPIClient(
                configuration: configuration, transport: faulty, credentialProvider: configuration.credentialProvider(),
                retryPolicy: RetryPolicy(maxRetries: 0))
            let manager = Manager(client: client, configuration: .init(namespace: "default"), logger: ModelControllerTests.logger)
            try ModelController.register(
                on: manager, configuration: OperatorConfiguration(),
                events: EventRecorder(client: client, controller: "baton.dev/test", instance: "t", logger: ModelControllerTests.logger))
            let run = Task { try await manager.run() }
            defer { run.cancel() }

            _ = try await models.create(ModelControllerTests.model("churn", spec: [
                "version": "1.0.0",
                "training": ["image": "registry.example.com/train:1"],
                "serving": ["runtime": "MLServer", "replicas": 1],
            ]))
            let jobs = fixture.resource("batch", "v1", "jobs")
            var firstJobUID: String?
            let ready = await eventually(timeout: .seconds(45)) {
                if firstJobUID == nil { firstJobUID = (try? await jobs.list().items.first)?[path: ["metadata", "uid"]]?.stringValue }
                let model = try? await models.get("churn")
                let condition = model?[path: ["status", "conditions"]]?.arrayValue?.first { $0["type"] == "Ready" }
                return condition?["status"] == "True" && model?[path: ["status", "serving", "stableVersion"]] == "1.0.0"
            }
            #expect(ready, "\(name): the Model is served (faults injected: \(faulty.injections))")
            #expect(faulty.pending == 0, "\(name): every armed fault was hit")
            let allJobs = try await jobs.list().items
            #expect(allJobs.count == 1, "\(name): one Job")
            #expect(allJobs.first?[path: ["metadata", "uid"]]?.stringValue == firstJobUID, "\(name): never re-created")
            #expect(try await fixture.deployments.list().items.count == 1, "\(name): one Deployment")
            let model = try await models.get("churn")
            #expect(model[path: ["status", "training", "attempts"]] == 1, "\(name): trained once")
        }
    }
}
