import Foundation
import KubeClient
import KubeCore
import Prometheus
import TestSupport
import Testing

@testable import KubeRuntime

/// The typed adapter, the plan executor and the builder's stores, through the one-file
/// Greeting controller on a dev cluster.
@Suite struct TypedReconcilerTests {
    static let definition = object("""
        {"apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
         "metadata": {"name": "greetings.toys.example.com"},
         "spec": {"group": "toys.example.com", "scope": "Namespaced",
                  "names": {"plural": "greetings", "singular": "greeting", "kind": "Greeting"},
                  "versions": [{"name": "v1", "served": true, "storage": true, "subresources": {"status": {}},
                                "schema": {"openAPIV3Schema": {"type": "object", "properties": {
                                   "spec": {"type": "object", "x-kubernetes-preserve-unknown-fields": true},
                                   "status": {"type": "object", "x-kubernetes-preserve-unknown-fields": true}}}}}]}}
        """)

    struct Running {
        let fixture: DevClusterFixture
        let registry: PrometheusCollectorRegistry
        var greetings: ResourceClient { fixture.resource("toys.example.com", "v1", "greetings") }
        var accounts: ResourceClient { fixture.resource("", "v1", "serviceaccounts") }

        func writes() -> Double {
            ["POST", "PUT", "PATCH", "DELETE"].map { metricValue(registry, "rest_client_requests_total", ["method": $0]) }
                .reduce(0, +)
        }

        func greeting(_ name: String) async -> JSONValue? { try? await greetings.get(name) }

        func condition(_ name: String) async -> JSONValue? {
            await greeting(name)?[path: ["status", "conditions"]]?.arrayValue?.first { $0["type"] == "Ready" }
        }

        func events(reason: String) async throws -> [JSONValue] {
            try await fixture.resource("events.k8s.io", "v1", "events").list().items.filter { $0["reason"]?.stringValue == reason }
        }
    }

    static func greeting(_ name: String, spec: JSONValue, labels: [String: String] = [:]) -> JSONValue {
        var value: JSONValue = [
            "apiVersion": "toys.example.com/v1", "kind": "Greeting", "metadata": ["name": .string(name)], "spec": spec,
        ]
        if !labels.isEmpty {
            value[path: ["metadata", "labels"]] = .object(.init(uniqueKeysWithValues: labels.map { ($0.key, .string($0.value)) }))
        }
        return value
    }

    static func install(_ fixture: DevClusterFixture) async throws {
        let crds = fixture.resource("apiextensions.k8s.io", "v1", "customresourcedefinitions", namespace: nil)
        _ = try await crds.create(definition)
        #expect(await eventually {
            (try? await fixture.resource("toys.example.com", "v1", "greetings").list()) != nil
        })
    }

    static func withGreetings(syncPeriod: Duration? = nil, _ body: (Running) async throws -> Void) async throws {
        try await withDevCluster { fixture in
            try await install(fixture)
            let registry = PrometheusCollectorRegistry()
            let client = try meteredClient(fixture, registry: registry)
            var configuration = ManagerConfiguration(namespace: "default")
            configuration.syncPeriod = syncPeriod
            let manager = Manager(
                client: client, configuration: configuration, metricsFactory: metricsFactory(registry), logger: testLogger)
            let events = EventRecorder(client: fixture.client, controller: "toys.example.com/test", instance: "t", logger: testLogger)
            try GreetingReconciler.register(on: manager, events: events)
            let run = Task { try await manager.run() }
            defer { run.cancel() }
            try await body(Running(fixture: fixture, registry: registry))
        }
    }

    @Test func convergesThenWritesNothingAtRestThroughResyncs() async throws {
        try await Self.withGreetings(syncPeriod: .milliseconds(300)) { running in
            _ = try await running.greetings.create(Self.greeting("hi", spec: ["message": "hello"]))
            #expect(await eventually { await running.condition("hi")?["reason"] == "Greeted" })
            #expect((try await running.fixture.configMaps.get("hi-greeting"))[path: ["data", "message"]] == "hello")
            #expect((try await running.fixture.configMaps.get("hi-first"))[path: ["data", "message"]] == "hello")
            #expect(try await running.events(reason: "Greeted").count == 1)
            try await Task.sleep(for: .seconds(1))
            let settled = running.writes()
            try await Task.sleep(for: .seconds(1.5))
            #expect(running.writes() == settled, "resyncs every 300 ms reconcile, and write nothing")
        }
    }

    @Test func aFieldThePlanStopsSettingLeavesTheChild() async throws {
        try await Self.withGreetings { running in
            _ = try await running.greetings.create(Self.greeting("hi", spec: ["message": "hello", "extra": "more"]))
            #expect(await eventually {
                (try? await running.fixture.configMaps.get("hi-greeting"))?[path: ["data", "extra"]] == "more"
            })
            _ = try await running.greetings.patch("hi", type: .merge, body: ["spec": ["extra": nil, "message": "bye"]])
            #expect(await eventually {
                (try? await running.fixture.configMaps.get("hi-greeting"))?[path: ["data", "message"]] == "bye"
            })
            let child = try await running.fixture.configMaps.get("hi-greeting")
            #expect(child[path: ["data", "extra"]] == nil, "removed from the plan, removed from the child")
            // Create-only: the first message stays as it was created.
            #expect((try await running.fixture.configMaps.get("hi-first"))[path: ["data", "message"]] == "hello")
        }
    }

    @Test func driftOnAChildIsUndone() async throws {
        try await Self.withGreetings { running in
            _ = try await running.greetings.create(Self.greeting("hi", spec: ["message": "hello"]))
            #expect(await eventually { (try? await running.fixture.configMaps.get("hi-greeting")) != nil })
            _ = try await running.fixture.configMaps.patch("hi-greeting", type: .merge, body: ["data": ["message": "hacked"]])
            #expect(await eventually {
                (try? await running.fixture.configMaps.get("hi-greeting"))?[path: ["data", "message"]] == "hello"
            })
        }
    }

    @Test func anObjectThatCannotBeDecodedGetsAConditionAndAnEvent() async throws {
        try await Self.withGreetings { running in
            _ = try await running.greetings.create(Self.greeting("odd", spec: ["message": 42]))
            #expect(await eventually { await running.condition("odd")?["reason"] == "InvalidObject" })
            let condition = await running.condition("odd")
            #expect(condition?["status"] == "False")
            #expect(condition?["message"]?.stringValue?.contains("Baton cannot read this Greeting") == true)
            #expect(await eventually { ((try? await running.events(reason: "InvalidObject")) ?? []).count == 1 })
            #expect((try? await running.fixture.configMaps.get("odd-greeting")) == nil)
            // Fixed: planned as usual, the condition replaced.
            _ = try await running.greetings.patch("odd", type: .merge, body: ["spec": ["message": "now a string"]])
            #expect(await eventually { await running.condition("odd")?["reason"] == "Greeted" })
        }
    }

    @Test func aRefusedChildWriteShowsOnTheObjectAndIsRetried() async throws {
        try await Self.withGreetings { running in
            // A label value with a space: the API server refuses the child (422 Invalid).
            _ = try await running.greetings.create(Self.greeting("bad", spec: ["message": "hello", "label": "not valid!"]))
            #expect(await eventually { await running.condition("bad")?["reason"] == "Invalid" })
            let condition = await running.condition("bad")
            #expect(condition?["status"] == "False")
            #expect(condition?["message"]?.stringValue?.contains("Apply ConfigMap/bad-greeting was refused") == true)
            #expect(await eventually { ((try? await running.events(reason: "Invalid")) ?? []).isEmpty == false })
            // The other child is not held back by the refused one.
            #expect(await eventually { (try? await running.fixture.configMaps.get("bad-first")) != nil })
            #expect(await eventually {
                metricValue(running.registry, "workqueue_retries_total", ["name": "greeting"]) >= 2
            }, "retried with backoff")
            _ = try await running.greetings.patch("bad", type: .merge, body: ["spec": ["label": "fine"]])
            #expect(await eventually { await running.condition("bad")?["reason"] == "Greeted" })
        }
    }

    @Test func anObjectSelectingThePrimaryWakesIt() async throws {
        try await Self.withGreetings { running in
            _ = try await running.greetings.create(Self.greeting("hi", spec: ["message": "hello"], labels: ["team": "a"]))
            #expect(await eventually { await running.condition("hi") != nil })
            _ = try await running.accounts.create([
                "apiVersion": "v1", "kind": "ServiceAccount",
                "metadata": ["name": "auditor", "annotations": [GreetingReconciler.selectsAnnotation: "team=a"]],
            ])
            #expect(await eventually {
                await running.greeting("hi")?[path: ["status", "selectedBy"]] == ["auditor"]
            })
            _ = try await running.accounts.delete("auditor")
            #expect(await eventually { await running.greeting("hi")?[path: ["status", "selectedBy"]] == nil })
        }
    }

    /// An object being deleted is left to the garbage collector: its children are not written
    /// again, even when one goes and wakes it.
    @Test func anObjectBeingDeletedIsNotReconciled() async throws {
        try await Self.withGreetings { running in
            var greeting = Self.greeting("bye", spec: ["message": "hello"])
            greeting[path: ["metadata", "finalizers"]] = ["toys.example.com/hold"]
            _ = try await running.greetings.create(greeting)
            #expect(await eventually { (try? await running.fixture.configMaps.get("bye-greeting")) != nil })
            _ = try await running.greetings.delete("bye")
            #expect(await eventually { await running.greeting("bye")?[path: ["metadata", "deletionTimestamp"]] != nil })
            _ = try await running.fixture.configMaps.delete("bye-greeting")
            try await Task.sleep(for: .seconds(2))
            #expect((try? await running.fixture.configMaps.get("bye-greeting")) == nil, "not written again")
            _ = try await running.greetings.patch("bye", type: .merge, body: ["metadata": ["finalizers": nil]])
        }
    }

    @Test func aChildOfAnUndeclaredKindFailsLoudly() async throws {
        try await withDevCluster { fixture in
            let stores = Stores(
                primary: ObjectCache(resource: GreetingReconciler.resource),
                caches: [GreetingReconciler.configMaps: ObjectCache(resource: GreetingReconciler.configMaps)])
            let executor = PlanExecutor(applier: ObjectApplier(client: fixture.client, fieldManager: "t"), stores: stores)
            let secret: JSONValue = ["apiVersion": "v1", "kind": "Secret", "metadata": ["name": "s", "namespace": "default"]]
            do {
                _ = try await executor.execute(ReconcilePlan(children: [DesiredChild(secret)], status: 0), namespace: "default")
                Issue.record("expected the executor to throw")
            } catch let error as TerminalError {
                #expect(error.underlying as? PlanError == .undeclaredKind(apiVersion: "v1", kind: "Secret"))
            }
            #expect((try? await fixture.resource("", "v1", "secrets").get("s")) == nil)
        }
    }

    /// The same mistake through the adapter shows on the object: the failure condition with
    /// reason InvalidPlan, and an Event.
    @Test func aPlanTheExecutorCannotCarryOutShowsOnTheObject() async throws {
        try await withDevCluster { fixture in
            try await Self.install(fixture)
            let greetings = fixture.resource("toys.example.com", "v1", "greetings")
            let created = try await greetings.create(Self.greeting("lost", spec: ["message": "hello"]))
            let primary = ObjectCache(resource: GreetingReconciler.resource)
            primary.recordWrite(created)
            // The builder would have declared config maps; these stores lack them.
            let stores = Stores(
                primary: primary,
                caches: [GreetingReconciler.serviceAccounts: ObjectCache(resource: GreetingReconciler.serviceAccounts)])
            let reconciler = TypedReconciler(
                planner: GreetingReconciler(), stores: stores,
                applier: ObjectApplier(client: fixture.client, fieldManager: "toy-greeting"),
                events: EventRecorder(client: fixture.client, controller: "toys.example.com/test", instance: "t", logger: testLogger),
                now: Date.init)
            await #expect(throws: TerminalError.self) { try await reconciler.reconcile(ObjectKey(of: created)!) }
            let condition = try await greetings.get("lost")[path: ["status", "conditions"]]?.arrayValue?.first { $0["type"] == "Ready" }
            #expect(condition?["status"] == "False")
            #expect(condition?["reason"] == "InvalidPlan")
            #expect(condition?["message"]?.stringValue?.contains("declare it with owns(_:)") == true)
            let events = try await fixture.resource("events.k8s.io", "v1", "events").list().items
            #expect(events.contains { $0["reason"] == "InvalidPlan" })
            #expect((try? await fixture.configMaps.get("lost-greeting")) == nil)
        }
    }

    @Test func askingForASharedCacheWithOtherIndexesFails() async throws {
        try await withDevCluster { fixture in
            let manager = Manager(client: fixture.client, logger: testLogger)
            _ = try manager.informer(for: .pods, indexes: ["node": { _ in [] }])
            #expect(throws: ControllerConfigurationError.self) {
                try manager.informer(for: .pods, indexes: ["phase": { _ in [] }])
            }
            #expect(throws: ControllerConfigurationError.self) {
                try manager.controller("twice").for(.deployments).owns(.pods).owns(.pods).complete(NoReconciler())
            }
        }
    }

    struct NoReconciler: Reconciler {
        func reconcile(_ key: ObjectKey) async throws -> ReconcileResult { .done }
    }
}
