import BatonAPI
import Foundation
import KubeClient
import KubeCore
import KubeRuntime
import TestSupport
import Testing

@testable import BatonControllers

/// The Policy controller beside the Model controller on a dev cluster: the report follows the
/// Models through real watches, and a converged Policy is not written again.
@Suite struct PolicyControllerTests {
    struct Running {
        let fixture: DevClusterFixture
        var models: ResourceClient { fixture.client.resource(Model.groupVersionResource, namespace: "default") }
        var policies: ResourceClient { fixture.client.resource(Policy.groupVersionResource, namespace: "default") }

        func status(_ policy: String) async -> PolicyStatus? {
            guard let object = try? await policies.get(policy) else { return nil }
            return try? object["status"]?.decode(PolicyStatus.self)
        }

        /// Whether the Policy's status reports these Models, in this order, with these results.
        func reports(_ policy: String, _ expected: [(String, ComplianceResult)]) async -> Bool {
            guard let status = await status(policy) else { return false }
            let pass = expected.filter { $0.1 == .pass }.count
            return status.summary == PolicySummary(pass: Int32(pass), fail: Int32(expected.count - pass))
                && (status.results ?? []).map(\.modelRef.name) == expected.map(\.0)
                && (status.results ?? []).map(\.result) == expected.map(\.1)
        }

        /// Whether an Event on the object has this reason and a note starting so.
        func recorded(on name: String, reason: String, notePrefix: String) async -> Bool {
            let events = (try? await fixture.resource("events.k8s.io", "v1", "events").list().items) ?? []
            return events.contains {
                $0[path: ["regarding", "name"]]?.stringValue == name && $0["reason"]?.stringValue == reason
                    && $0["note"]?.stringValue?.hasPrefix(notePrefix) == true
            }
        }
    }

    static func withPolicyController(_ body: (Running) async throws -> Void) async throws {
        try await withDevCluster(.init(simulation: true)) { fixture in
            let crds = fixture.resource("apiextensions.k8s.io", "v1", "customresourcedefinitions", namespace: nil)
            for definition in CustomResourceDefinitions.all { _ = try await crds.create(definition) }
            let running = Running(fixture: fixture)
            #expect(await eventually { (try? await running.policies.list()) != nil })
            let logger = ModelControllerTests.logger
            let manager = Manager(client: fixture.client, configuration: .init(namespace: "default"), logger: logger)
            let events = EventRecorder(client: fixture.client, controller: "baton.dev/test", instance: "t", logger: logger)
            try ModelController.register(on: manager, configuration: OperatorConfiguration(), events: events)
            try PolicyController.register(on: manager, configuration: OperatorConfiguration(), events: events)
            let run = Task { try await manager.run() }
            defer { run.cancel() }
            try await body(running)
        }
    }

    static func model(_ name: String, tier: String, owner: String?) -> JSONValue {
        var spec = ModelControllerTests.pretrained
        if let owner { spec["owner"] = .string(owner) }
        var model = ModelControllerTests.model(name, spec: spec)
        model[path: ["metadata", "labels"]] = ["tier": .string(tier)]
        return model
    }

    static let ownersPolicy: JSONValue = [
        "apiVersion": .string(Policy.apiVersion), "kind": "Policy", "metadata": ["name": "owners"],
        "spec": ["modelSelector": ["matchLabels": ["tier": "prod"]], "enforcement": "Audit", "requiredMetadata": ["Owner"]],
    ]

    @Test func reportsTheModelsItSelectsAndWritesNothingAtRest() async throws {
        try await Self.withPolicyController { running in
            _ = try await running.policies.create(Self.ownersPolicy)
            _ = try await running.models.create(Self.model("owned", tier: "prod", owner: "team-risk"))
            _ = try await running.models.create(Self.model("orphan", tier: "prod", owner: nil))

            let reported = await eventually { await running.reports("owners", [("orphan", .fail), ("owned", .pass)]) }
            let first = await running.status("owners")
            #expect(reported, "\(String(describing: first))")
            #expect(first?.results?.first?.violations?.map(\.rule) == [.requiredMetadata])
            let ready = first?.conditions?.condition(ofType: PolicyConditions.ready)
            #expect(ready?.status == .true && ready?.message == "Evaluated 2 Models: 1 pass, 1 fail")
            let warned = await eventually {
                await running.recorded(on: "owners", reason: "PolicyViolation", notePrefix: "Model orphan version 1.0.0 violates")
            }
            #expect(warned, "a Warning Event on the Policy names the violating Model")

            // Relabelled out of the selection, it leaves the report.
            _ = try await running.models.patch("orphan", type: .merge, body: ["metadata": ["labels": ["tier": "dev"]]])
            let left = await eventually { await running.reports("owners", [("owned", .pass)]) }
            let second = await running.status("owners")
            #expect(left, "\(String(describing: second))")

            // At rest: the Models go on serving and updating their status, which wakes the
            // Policy; its status is not written again.
            let version = try await running.policies.get("owners").resourceVersionNumber
            try await Task.sleep(for: .seconds(4))
            #expect(try await running.policies.get("owners").resourceVersionNumber == version)
        }
    }
}
