import KubeClient
import KubeCore
import Synchronization
import TestSupport
import Testing

@testable import KubeRuntime

@Suite struct InformerTests {
    static func configMapInformer(
        _ fixture: DevClusterFixture, configuration: WatcherConfiguration = .init(), resyncPeriod: Duration? = nil
    ) -> Informer {
        Informer(
            resource: APIResource(.init(group: "", version: "v1", resource: "configmaps"), kind: "ConfigMap"),
            source: fixture.client.resource(.init(group: "", version: "v1", resource: "configmaps"), namespace: "default"),
            configuration: configuration, resyncPeriod: resyncPeriod, logger: testLogger)
    }

    @Test func syncsTheFirstListThenFollowsChanges() async throws {
        try await withDevCluster { fixture in
            for name in ["a", "b"] { _ = try await fixture.configMaps.create(configMap(name)) }
            let informer = Self.configMapInformer(fixture)
            let seen = Mutex<[String]>([])
            informer.addHandler { event in
                let kind = switch event.change { case .added: "added"; case .updated: "updated"; case .deleted: "deleted" }
                seen.withLock { $0.append("\(kind) \(ObjectKey(of: event.change.object)!.name)\(event.isInitial ? " initial" : "")") }
            }
            let run = Task { await informer.run() }
            defer { run.cancel() }
            #expect(await eventually { informer.cache.hasSynced })
            #expect(Set(informer.cache.list().map(\.name)).isSuperset(of: ["a", "b"]))
            _ = try await fixture.configMaps.create(configMap("c"))
            _ = try await fixture.configMaps.delete("a")
            #expect(await eventually { informer.cache.get(ObjectKey(namespace: "default", name: "c")) != nil })
            #expect(await eventually { informer.cache.get(ObjectKey(namespace: "default", name: "a")) == nil })
            let events = seen.withLock { $0 }
            #expect(events.contains("added a initial"))
            #expect(events.contains("added c"))
            #expect(events.contains("deleted a"))
        }
    }

    /// A resync hands every cached object over again, unchanged and at initial priority, with
    /// nothing changed on the server.
    @Test func aResyncHandsEveryCachedObjectOverAgain() async throws {
        try await withDevCluster { fixture in
            for name in ["a", "b"] { _ = try await fixture.configMaps.create(configMap(name)) }
            let informer = Self.configMapInformer(fixture, resyncPeriod: .milliseconds(200))
            let resynced = Mutex<[String: Int]>([:])
            informer.addHandler { event in
                guard case let .updated(old, new) = event.change, old == new, event.isInitial else { return }
                resynced.withLock { $0[new.name, default: 0] += 1 }
            }
            let run = Task { await informer.run() }
            defer { run.cancel() }
            #expect(await eventually { resynced.withLock { ($0["a"] ?? 0) >= 2 && ($0["b"] ?? 0) >= 2 } })
        }
    }

    @Test func labelSelectorNarrowsTheCache() async throws {
        try await withDevCluster { fixture in
            _ = try await fixture.configMaps.create(configMap("mine", labels: ["owner": "baton"]))
            _ = try await fixture.configMaps.create(configMap("theirs"))
            var configuration = WatcherConfiguration()
            configuration.labelSelector = "owner=baton"
            let informer = Self.configMapInformer(fixture, configuration: configuration)
            let run = Task { await informer.run() }
            defer { run.cancel() }
            #expect(await eventually { informer.cache.hasSynced })
            #expect(informer.cache.list().map { ObjectKey(of: $0)!.name } == ["mine"])
        }
    }
}
