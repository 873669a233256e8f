import KubeCore
import Synchronization
import Testing

@testable import KubeRuntime

@Suite struct ObjectCacheTests {
    let cache = ObjectCache(
        resource: .deployments,
        indexes: ["app": { $0[path: ["metadata", "labels", "app"]]?.stringValue.map { [$0] } ?? [] }])

    static func object(_ name: String, rv: String, app: String? = nil, owner: String? = nil, namespace: String = "default") -> JSONValue {
        var metadata: JSONValue = ["name": .string(name), "namespace": .string(namespace), "resourceVersion": .string(rv)]
        if let app { metadata["labels"] = ["app": .string(app)] }
        if let owner {
            metadata["ownerReferences"] = [[
                "apiVersion": "baton.dev/v1alpha1", "kind": "Model", "name": "m", "uid": .string(owner), "controller": true,
            ]]
        }
        metadata["managedFields"] = [["manager": "kubectl"]]
        return ["apiVersion": "apps/v1", "kind": "Deployment", "metadata": metadata]
    }

    @Test func firstListSyncsAndReportsAdditions() {
        #expect(!cache.hasSynced)
        let changes = cache.replace(with: [Self.object("b", rv: "2"), Self.object("a", rv: "1")])
        #expect(cache.hasSynced)
        #expect(changes.map { ObjectKey(of: $0.object)!.name } == ["a", "b"])
        #expect(changes.allSatisfy { if case .added = $0 { true } else { false } })
        #expect(cache.list().count == 2)
    }

    @Test func managedFieldsAreNotKept() {
        _ = cache.replace(with: [Self.object("a", rv: "1")])
        #expect(cache.get(ObjectKey(namespace: "default", name: "a"))?[path: ["metadata", "managedFields"]] == nil)
        #expect(cache.get(ObjectKey(namespace: "default", name: "a"))?[path: ["metadata", "resourceVersion"]] == "1")
    }

    @Test func relistDeletesWhatIsGoneAndResyncsTheRest() {
        _ = cache.replace(with: [Self.object("a", rv: "1"), Self.object("b", rv: "2")])
        let changes = cache.replace(with: [Self.object("b", rv: "5"), Self.object("c", rv: "6")])
        #expect(changes.count == 3)
        #expect(changes.contains { if case let .deleted(o) = $0 { ObjectKey(of: o)?.name == "a" } else { false } })
        #expect(changes.contains { if case let .updated(old, new) = $0 { old != new && ObjectKey(of: new)?.name == "b" } else { false } })
        #expect(cache.get(ObjectKey(namespace: "default", name: "a")) == nil)
    }

    @Test func indexesFollowUpdatesAndDeletes() {
        _ = cache.replace(with: [Self.object("a", rv: "1", app: "web", owner: "u1"), Self.object("b", rv: "2", app: "web")])
        #expect(cache.list(index: "app", value: "web").count == 2)
        #expect(cache.controlled(by: "u1").count == 1)
        _ = cache.apply(Self.object("a", rv: "3", app: "db"))
        #expect(cache.list(index: "app", value: "web").count == 1)
        #expect(cache.list(index: "app", value: "db").count == 1)
        #expect(cache.controlled(by: "u1").isEmpty)
        _ = cache.delete(Self.object("b", rv: "4", app: "web"))
        #expect(cache.list(index: "app", value: "web").isEmpty)
    }

    @Test func readYourWritesIgnoresEventsOlderThanTheWrite() {
        _ = cache.replace(with: [Self.object("a", rv: "1", app: "v1")])
        cache.recordWrite(Self.object("a", rv: "3", app: "v3"))
        // An event from before the write (rv 2) arrives late: the write's result stays.
        #expect(cache.apply(Self.object("a", rv: "2", app: "v2")) == nil)
        #expect(cache.get(ObjectKey(namespace: "default", name: "a"))?[path: ["metadata", "labels", "app"]] == "v3")
        // The write's own event: nothing new for handlers.
        #expect(cache.apply(Self.object("a", rv: "3", app: "v3")) == nil)
        // Someone else's later change passes again.
        #expect(cache.apply(Self.object("a", rv: "4", app: "v4")) != nil)
        #expect(cache.get(ObjectKey(namespace: "default", name: "a"))?[path: ["metadata", "labels", "app"]] == "v4")
    }

    @Test func aWriteIsReportedAsAChangeSoANewerGenerationItRevealsIsNotMissed() {
        let seen = Mutex<[CacheChange]>([])
        cache.observeWrites { change in seen.withLock { $0.append(change) } }
        _ = cache.replace(with: [Self.object("a", rv: "1", app: "v1")])
        cache.recordWrite(Self.object("a", rv: "3", app: "v3"))
        cache.recordWrite(Self.object("a", rv: "3", app: "v3"))  // no change: not reported
        let changes = seen.withLock { $0 }
        #expect(changes.count == 1)
        if case let .updated(old, new)? = changes.first {
            #expect(old[path: ["metadata", "labels", "app"]] == "v1" && new[path: ["metadata", "labels", "app"]] == "v3")
        } else {
            Issue.record("expected an update, got \(changes)")
        }
    }

    @Test func aWriteResponseOvertakenByTheWatchDoesNotWindTheCacheBack() {
        _ = cache.replace(with: [Self.object("a", rv: "1", app: "v1")])
        // The watch delivered the write (rv 2) and a later change (rv 3) before the response.
        _ = cache.apply(Self.object("a", rv: "2", app: "v2"))
        _ = cache.apply(Self.object("a", rv: "3", app: "v3"))
        cache.recordWrite(Self.object("a", rv: "2", app: "v2"))
        #expect(cache.get(ObjectKey(namespace: "default", name: "a"))?[path: ["metadata", "labels", "app"]] == "v3")
        #expect(cache.apply(Self.object("a", rv: "4", app: "v4")) != nil)
    }

    @Test func aLaterEventEndsTheWaitEvenIfTheWritesOwnNeverCame() {
        _ = cache.replace(with: [Self.object("a", rv: "1", app: "v1")])
        cache.recordWrite(Self.object("a", rv: "3", app: "v3"))
        // The watch went straight to a later state (rv 5): it applies, and so do later ones.
        #expect(cache.apply(Self.object("a", rv: "5", app: "v5")) != nil)
        #expect(cache.apply(Self.object("a", rv: "6", app: "v6")) != nil)
        #expect(cache.get(ObjectKey(namespace: "default", name: "a"))?[path: ["metadata", "labels", "app"]] == "v6")
    }

    @Test func aWriteThatChangedNothingWaitsForNoEvent() {
        _ = cache.replace(with: [Self.object("a", rv: "1", app: "v1")])
        cache.recordWrite(Self.object("a", rv: "1", app: "v1"))
        #expect(cache.apply(Self.object("a", rv: "2", app: "v2")) != nil)
    }

    @Test func deletionIsAppliedEvenWithAWritePending() {
        _ = cache.replace(with: [Self.object("a", rv: "1")])
        cache.recordWrite(Self.object("a", rv: "3"))
        #expect(cache.delete(Self.object("a", rv: "4")) != nil)
        #expect(cache.get(ObjectKey(namespace: "default", name: "a")) == nil)
    }

    @Test func listIsScopedByNamespaceAndSorted() {
        _ = cache.replace(with: [
            Self.object("b", rv: "1", namespace: "x"), Self.object("a", rv: "2", namespace: "x"),
            Self.object("c", rv: "3", namespace: "y"),
        ])
        #expect(cache.list(namespace: "x").map { ObjectKey(of: $0)!.name } == ["a", "b"])
        #expect(cache.list().count == 3)
    }

    @Test func objectsWithoutANameAreIgnored() {
        let nameless: JSONValue = ["metadata": ["namespace": "default"]]
        #expect(cache.apply(nameless) == nil)
        #expect(cache.replace(with: [nameless]).isEmpty)
    }
}
