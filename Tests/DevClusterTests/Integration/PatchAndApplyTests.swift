import TestSupport
import Foundation
import KubeClient
import KubeCore
import Testing

/// The four patch types through HTTP, on built-ins: JSON patch, merge patch, strategic merge
/// patch merging containers by name, and server-side apply with managers and conflicts.
@Suite struct PatchAndApplyTests {
    @Test func jsonAndMergePatches() async throws {
        try await withDevCluster { fixture in
            _ = try await fixture.configMaps.create(configMap("a", data: ["x": "1", "y": "2"]))
            let merged = try await fixture.configMaps.patch("a", type: .merge, body: ["data": ["x": .null, "z": "3"]])
            #expect(merged["data"] == ["y": "2", "z": "3"])
            let patched = try await fixture.configMaps.patch("a", try JSONPatch(object(#"[{"op":"test","path":"/data/y","value":"2"},{"op":"replace","path":"/data/y","value":"4"}]"#)))
            #expect(patched[path: ["data", "y"]] == "4")
        }
    }

    /// A patch names no resourceVersion, so a write that loses a race is re-applied to the
    /// object that won it (as the API server's GuaranteedUpdate does) — never a 409.
    @Test func concurrentPatchesWithoutAResourceVersionAllLand() async throws {
        try await withDevCluster { fixture in
            _ = try await fixture.configMaps.create(configMap("a", data: [:]))
            let writers = 48
            try await withThrowingTaskGroup(of: Void.self) { group in
                for writer in 0..<writers {
                    group.addTask {
                        _ = try await fixture.configMaps.patch(
                            "a", type: .merge, body: ["data": .object(["k\(writer)": .string("\(writer)")])])
                    }
                }
                try await group.waitForAll()
            }
            let data = try await fixture.configMaps.get("a")["data"]?.objectValue ?? [:]
            #expect(data.count == writers, "every writer's key is kept")
        }
    }

    @Test func strategicMergePatchMergesContainersByName() async throws {
        try await withDevCluster { fixture in
            var deployment = webDeployment("web")
            deployment[path: ["spec", "template", "spec", "containers"]] = [
                ["name": "app", "image": "app:1", "env": [["name": "A", "value": "1"]]],
                ["name": "sidecar", "image": "proxy:1"],
            ]
            _ = try await fixture.deployments.create(deployment)
            let patch = object(#"{"spec":{"template":{"spec":{"containers":[{"name":"app","image":"app:2","env":[{"name":"B","value":"2"}]}]}}}}"#)
            let patched = try await fixture.deployments.patch("web", type: .strategicMerge, body: patch)
            let containers = patched[path: ["spec", "template", "spec", "containers"]]?.arrayValue ?? []
            #expect(containers.map { $0["name"]?.stringValue ?? "" } == ["app", "sidecar"])
            #expect(containers.first?["image"] == "app:2")
            #expect(containers.first?["env"]?.arrayValue?.compactMap { $0["name"]?.stringValue } == ["B", "A"])
            #expect(patched[path: ["metadata", "generation"]] == 2)
        }
    }

    @Test func serverSideApplyTracksManagersAndConflicts() async throws {
        try await withDevCluster { fixture in
            let applied = try await fixture.deployments.apply(webDeployment("web", replicas: 2), options: PatchOptions(fieldManager: "ci"))
            #expect(applied[path: ["spec", "replicas"]] == 2)
            let managers = applied[path: ["metadata", "managedFields"]]?.arrayValue?.compactMap { $0["manager"]?.stringValue }
            #expect(managers == ["ci"])
            let again = try await fixture.deployments.apply(webDeployment("web", replicas: 2), options: PatchOptions(fieldManager: "ci"))
            #expect(again[path: ["metadata", "resourceVersion"]] == applied[path: ["metadata", "resourceVersion"]], "re-applying changes nothing")
            await #expect { _ = try await fixture.deployments.apply(webDeployment("web", replicas: 5), options: PatchOptions(fieldManager: "hpa")) } throws: { error in
                guard case KubeAPIError.conflict(let status) = error else { return false }
                return status.message == "Apply failed with 1 conflict: conflict with \"ci\": .spec.replicas"
                    && status.details?.causes?.first?.reason == "FieldManagerConflict"
            }
            let forced = try await fixture.deployments.apply(webDeployment("web", replicas: 5), options: PatchOptions(fieldManager: "hpa", force: true))
            #expect(forced[path: ["spec", "replicas"]] == 5)
        }
    }

    @Test func serverSideApplyToStatusOwnsTheFieldsAndRemovesDroppedOnes() async throws {
        try await withDevCluster { fixture in
            _ = try await fixture.deployments.create(webDeployment("web"))
            let status: JSONValue = [
                "apiVersion": "apps/v1", "kind": "Deployment", "metadata": ["name": "web"],
                "status": ["observedGeneration": 1, "replicas": 1, "unavailableReplicas": 1],
            ]
            let first = try await fixture.deployments.apply(
                status, options: PatchOptions(fieldManager: "operator", force: true), subresource: "status")
            let entry = first[path: ["metadata", "managedFields"]]?.arrayValue?.first { $0["manager"] == "operator" }
            #expect(entry?["subresource"] == "status")
            #expect(entry?[path: ["fieldsV1", "f:status", "f:unavailableReplicas"]] != nil)
            var next = status
            next["status"]?["unavailableReplicas"] = nil
            let second = try await fixture.deployments.apply(
                next, options: PatchOptions(fieldManager: "operator", force: true), subresource: "status")
            #expect(second[path: ["status", "unavailableReplicas"]] == nil, "a field the applier stopped setting goes")
            #expect(second[path: ["status", "replicas"]] == 1)
        }
    }

    @Test func applyWithoutAFieldManagerIsInvalid() async throws {
        try await withDevCluster { fixture in
            let body = try webDeployment("web").jsonBytes()
            await #expect {
                _ = try await fixture.client.request(
                    method: "PATCH", path: "/apis/apps/v1/namespaces/default/deployments/web", body: Data(body),
                    contentType: "application/apply-patch+yaml")
            } throws: { error in
                guard case KubeAPIError.invalid(let status) = error else { return false }
                return status.details?.causes?.first?.field == "fieldManager"
            }
        }
    }
}
