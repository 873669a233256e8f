import TestSupport
import KubeClient
import KubeCore
import Testing

/// Finalizers, deletionTimestamp, owner-reference garbage collection in its three
/// propagation policies, and namespace deletion.
@Suite struct DeletionTests {
    private func owned(_ name: String, by owner: JSONValue, blocking: Bool = false) -> JSONValue {
        var dependent = configMap(name)
        dependent[path: ["metadata", "ownerReferences"]] = [[
            "apiVersion": "v1", "kind": "ConfigMap", "name": .string(owner.name),
            "uid": owner[path: ["metadata", "uid"]] ?? "", "blockOwnerDeletion": .bool(blocking),
        ]]
        return dependent
    }

    private func exists(_ client: ResourceClient, _ name: String) async -> Bool {
        (try? await client.get(name)) != nil
    }

    @Test func finalizersHoldADeletedObjectUntilRemoved() async throws {
        try await withDevCluster { fixture in
            var held = configMap("held")
            held[path: ["metadata", "finalizers"]] = ["example.com/keep"]
            _ = try await fixture.configMaps.create(held)
            _ = try await fixture.configMaps.delete("held")
            var marked = try await fixture.configMaps.get("held")
            #expect(marked[path: ["metadata", "deletionTimestamp"]] != nil)
            marked[path: ["metadata", "finalizers"]] = ["example.com/keep", "example.com/more"]
            await #expect { _ = try await fixture.configMaps.update(marked) } throws: { error in
                guard case KubeAPIError.invalid(let status) = error else { return false }
                return status.message?.contains("no new finalizers can be added if the object is being deleted") == true
            }
            marked[path: ["metadata", "finalizers"]] = nil
            _ = try await fixture.configMaps.update(marked)
            #expect(await !exists(fixture.configMaps, "held"))
        }
    }

    @Test func backgroundDeletionCollectsDependents() async throws {
        try await withDevCluster { fixture in
            let owner = try await fixture.configMaps.create(configMap("owner"))
            _ = try await fixture.configMaps.create(owned("child", by: owner))
            _ = try await fixture.configMaps.delete("owner", options: DeleteOptions(propagationPolicy: .background))
            #expect(await eventually { await !exists(fixture.configMaps, "child") })
        }
    }

    @Test func foregroundDeletionWaitsForDependents() async throws {
        try await withDevCluster { fixture in
            let owner = try await fixture.configMaps.create(configMap("owner"))
            var child = owned("child", by: owner, blocking: true)
            child[path: ["metadata", "finalizers"]] = ["example.com/slow"]
            _ = try await fixture.configMaps.create(child)
            _ = try await fixture.configMaps.delete("owner", options: DeleteOptions(propagationPolicy: .foreground))
            let waiting = try await fixture.configMaps.get("owner")
            #expect(waiting[path: ["metadata", "finalizers"]] == ["foregroundDeletion"])
            #expect(await eventually { (try? await fixture.configMaps.get("child"))?[path: ["metadata", "deletionTimestamp"]] != nil })
            #expect(await exists(fixture.configMaps, "owner"), "the owner waits for its dependent")
            var release = try await fixture.configMaps.get("child")
            release[path: ["metadata", "finalizers"]] = nil
            _ = try await fixture.configMaps.update(release)
            #expect(await eventually { await !exists(fixture.configMaps, "owner") })
        }
    }

    @Test func orphanDeletionKeepsDependentsWithoutTheReference() async throws {
        try await withDevCluster { fixture in
            let owner = try await fixture.configMaps.create(configMap("owner"))
            _ = try await fixture.configMaps.create(owned("child", by: owner))
            _ = try await fixture.configMaps.delete("owner", options: DeleteOptions(propagationPolicy: .orphan))
            #expect(await eventually { await !exists(fixture.configMaps, "owner") })
            let child = try await fixture.configMaps.get("child")
            #expect(child[path: ["metadata", "ownerReferences"]] == nil)
        }
    }

    @Test func anObjectWhoseOwnersDoNotExistIsCollected() async throws {
        try await withDevCluster { fixture in
            let ghost: JSONValue = ["metadata": ["name": "ghost", "uid": "00000000-0000-0000-0000-000000000000"]]
            _ = try await fixture.configMaps.create(owned("orphaned", by: ghost))
            #expect(await eventually { await !exists(fixture.configMaps, "orphaned") })
        }
    }

    @Test func deletingANamespaceDeletesItsObjectsThenItself() async throws {
        try await withDevCluster { fixture in
            let namespaces = fixture.resource("", "v1", "namespaces", namespace: nil)
            _ = try await namespaces.create(object(#"{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"team"}}"#))
            let inTeam = fixture.resource("", "v1", "configmaps", namespace: "team")
            _ = try await inTeam.create(configMap("a"))
            _ = try await fixture.resource("apps", "v1", "deployments", namespace: "team").create(webDeployment("web"))
            _ = try await namespaces.delete("team")
            #expect(await eventually { await !exists(namespaces, "team") })
            #expect(try await inTeam.list().items.isEmpty)
            await #expect { _ = try await inTeam.create(configMap("late")) } throws: { error in
                guard case KubeAPIError.notFound = error else { return false }
                return true
            }
        }
    }

    @Test func aTerminatingNamespaceRefusesNewObjects() async throws {
        try await withDevCluster { fixture in
            let namespaces = fixture.resource("", "v1", "namespaces", namespace: nil)
            _ = try await namespaces.create(object(#"{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"team"}}"#))
            let inTeam = fixture.resource("", "v1", "configmaps", namespace: "team")
            var held = configMap("held")
            held[path: ["metadata", "finalizers"]] = ["example.com/keep"]
            _ = try await inTeam.create(held)
            _ = try await namespaces.delete("team")
            #expect(try await namespaces.get("team")[path: ["status", "phase"]] == "Terminating")
            await #expect { _ = try await inTeam.create(configMap("new")) } throws: { error in
                guard case KubeAPIError.forbidden(let status) = error else { return false }
                return status.message?.contains("because it is being terminated") == true
            }
        }
    }

    @Test func preconditionsMustMatch() async throws {
        try await withDevCluster { fixture in
            _ = try await fixture.configMaps.create(configMap("a"))
            await #expect { _ = try await fixture.configMaps.delete("a", options: DeleteOptions(preconditions: .init(uid: "not-it"))) } throws: { error in
                guard case KubeAPIError.conflict(let status) = error else { return false }
                return status.message?.contains("Precondition failed: UID in precondition: not-it") == true
            }
        }
    }
}
