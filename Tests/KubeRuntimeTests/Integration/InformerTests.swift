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

    /// An optional kind whose CRD is not installed: the cache is synced, empty and not served
    /// (no failure, so liveness holds); once the CRD is installed its objects arrive.
    @Test func anOptionalKindIsEmptyUntilItsCRDIsInstalled() async throws {
        try await withDevCluster { fixture in
            let widgets = GroupVersionResource(group: "example.com", version: "v1", resource: "widgets")
            let informer = Informer(
                resource: APIResource(widgets, kind: "Widget"), source: fixture.client.resource(widgets, namespace: "default"),
                configuration: WatcherConfiguration(notServedRecheck: .milliseconds(200)), logger: testLogger)
            let servedChanges = Mutex<[Bool]>([])
            informer.addServedHandler { served in servedChanges.withLock { $0.append(served) } }
            let run = Task { await informer.run() }
            defer { run.cancel() }
            #expect(await eventually { informer.cache.hasSynced })
            #expect(!informer.cache.isServed)
            #expect(informer.cache.count == 0)
            #expect(informer.failingFor() == nil, "not served is not failing")

            _ = try await fixture.resource("apiextensions.k8s.io", "v1", "customresourcedefinitions", namespace: nil)
                .create(object("""
                    {"apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
                     "metadata": {"name": "widgets.example.com"},
                     "spec": {"group": "example.com", "scope": "Namespaced",
                              "names": {"plural": "widgets", "singular": "widget", "kind": "Widget"},
                              "versions": [{"name": "v1", "served": true, "storage": true,
                                            "schema": {"openAPIV3Schema": {"type": "object", "x-kubernetes-preserve-unknown-fields": true}}}]}}
                    """))
            let widget = object(#"{"apiVersion": "example.com/v1", "kind": "Widget", "metadata": {"name": "w1"}}"#)
            #expect(await eventually {
                (try? await fixture.resource("example.com", "v1", "widgets").create(widget)) != nil
            })
            #expect(await eventually { informer.cache.get(ObjectKey(namespace: "default", name: "w1")) != nil })
            #expect(informer.cache.isServed)
            #expect(servedChanges.withLock { $0 } == [true], "told once, when it became served")
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
