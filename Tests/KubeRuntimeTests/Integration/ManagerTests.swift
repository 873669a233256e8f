import Foundation
import KubeClient
import KubeCore
import Prometheus
import ServiceLifecycle
import Synchronization
import TestSupport
import Testing

@testable import KubeRuntime

/// A reconciler for Deployments that keeps one ConfigMap per Deployment (owned by it) and
/// writes `status.observedGeneration` — enough to exercise for/owns, the generation filter,
/// read-your-writes and zero writes at convergence.
struct MirrorReconciler: Reconciler {
    let deployments: ObjectCache
    let configMaps: ObjectCache
    let applier: ObjectApplier
    let counts: Counts
    /// How long each reconcile takes, to test draining on shutdown.
    var delay: Duration = .zero

    init(deployments: ObjectCache, configMaps: ObjectCache, applier: ObjectApplier, delay: Duration = .zero) {
        self.deployments = deployments
        self.configMaps = configMaps
        self.applier = applier
        self.counts = Counts()
        self.delay = delay
    }

    func reconcile(_ key: ObjectKey) async throws -> ReconcileResult {
        counts.withLock { $0[key.name, default: 0] += 1 }
        if delay > .zero { try? await Task.sleep(for: delay) }
        guard let deployment = deployments.get(key) else { return .done }
        let generation = deployment[path: ["metadata", "generation"]]?.intValue ?? 0
        let mirror: JSONValue = [
            "apiVersion": "v1", "kind": "ConfigMap",
            "metadata": [
                "name": .string(key.name + "-mirror"), "namespace": "default", "labels": ["mirror": "true"],
                "ownerReferences": [[
                    "apiVersion": "apps/v1", "kind": "Deployment", "name": .string(key.name),
                    "uid": deployment[path: ["metadata", "uid"]] ?? "", "controller": true,
                ]],
            ],
            "data": ["generation": .string("\(generation)")],
        ]
        try await applier.apply(mirror, in: configMaps)
        var status = deployment["status"] ?? [:]
        status["observedGeneration"] = .integer(generation)
        if status != deployment["status"] { try await applier.applyStatus(status, of: deployment, in: deployments) }
        return .done
    }

    func count(_ name: String) -> Int { counts.withLock { $0[name] ?? 0 } }

    final class Counts: Sendable {
        private let value = Mutex<[String: Int]>([:])
        func withLock<T>(_ body: (inout [String: Int]) -> T) -> T { value.withLock { body(&$0) } }
    }
}

@Suite struct ManagerTests {
    static let configMaps = APIResource(.init(group: "", version: "v1", resource: "configmaps"), kind: "ConfigMap")

    static func start(
        _ fixture: DevClusterFixture, registry: PrometheusCollectorRegistry, delay: Duration = .zero,
        configuration: ManagerConfiguration = .init(namespace: "default")
    ) throws -> (Manager, MirrorReconciler) {
        let client = try meteredClient(fixture, registry: registry)
        let manager = Manager(
            client: client, configuration: configuration, metricsFactory: metricsFactory(registry), logger: testLogger)
        let builder = manager.controller("mirror").for(.deployments).owns(configMaps, labelSelector: "mirror=true")
            .workers(2)
        let reconciler = MirrorReconciler(
            deployments: builder.stores[.deployments], configMaps: builder.stores[configMaps],
            applier: ObjectApplier(client: client, fieldManager: "test"), delay: delay)
        try builder.complete(reconciler)
        return (manager, reconciler)
    }

    /// A DevCluster with a Deployment "web" and the mirror controller running over it for `body`.
    static func withMirrorRunning(
        configuration: ManagerConfiguration = .init(namespace: "default"),
        _ body: (DevClusterFixture, Manager, MirrorReconciler, PrometheusCollectorRegistry) async throws -> Void
    ) async throws {
        try await withDevCluster { fixture in
            let registry = PrometheusCollectorRegistry()
            let (manager, reconciler) = try start(fixture, registry: registry, configuration: configuration)
            _ = try await fixture.deployments.create(deployment("web"))
            let run = Task { try await manager.run() }
            defer { run.cancel() }
            try await body(fixture, manager, reconciler, registry)
        }
    }

    @Test func reconcilesChildrenAndStatusThenStaysQuiet() async throws {
        try await Self.withMirrorRunning { fixture, manager, reconciler, registry in
            #expect(await eventually { (try? await fixture.configMaps.get("web-mirror")) != nil })
            #expect(await eventually {
                (try? await fixture.deployments.get("web"))?[path: ["status", "observedGeneration"]] == 1
            })
            #expect(manager.unsyncedCaches().isEmpty)
            // The status write and the child's creation wake the controller at most once more
            // (the child's own event); after that, nothing changes and nothing is written.
            try await Task.sleep(for: .seconds(1))
            let writes = { metricValue(registry, "rest_client_requests_total", ["method": "PATCH"]) }
            let settled = writes()
            let reconciles = reconciler.count("web")
            try await Task.sleep(for: .seconds(1))
            #expect(writes() == settled)
            #expect(reconciler.count("web") == reconciles)
            #expect(settled == 2, "one apply of the child and one of the status")
        }
    }

    @Test func aSpecChangeAndADeletedChildWakeTheOwner() async throws {
        try await Self.withMirrorRunning { fixture, _, _, _ in
            #expect(await eventually { (try? await fixture.configMaps.get("web-mirror")) != nil })
            _ = try await fixture.deployments.patch("web", type: .merge, body: ["spec": ["replicas": 3]])
            #expect(await eventually {
                (try? await fixture.configMaps.get("web-mirror"))?[path: ["data", "generation"]] == "2"
            })
            _ = try await fixture.configMaps.delete("web-mirror")
            let recreated = await eventually {
                let mirror = try? await fixture.configMaps.get("web-mirror")
                return mirror != nil && mirror?[path: ["metadata", "deletionTimestamp"]] == nil
            }
            #expect(recreated)
        }
    }

    /// A resync wakes the controller for every object with nothing changed (the generation
    /// filter lets it through), and a converged object still costs no write.
    @Test func aResyncReconcilesEveryObjectAgainWithoutWriting() async throws {
        var configuration = ManagerConfiguration(namespace: "default")
        configuration.syncPeriod = .milliseconds(300)
        try await Self.withMirrorRunning(configuration: configuration) { fixture, _, reconciler, registry in
            #expect(await eventually {
                (try? await fixture.deployments.get("web"))?[path: ["status", "observedGeneration"]] == 1
            })
            try await Task.sleep(for: .seconds(1))
            let writes = { metricValue(registry, "rest_client_requests_total", ["method": "PATCH"]) }
            let settled = writes()
            let reconciles = reconciler.count("web")
            #expect(await eventually { reconciler.count("web") >= reconciles + 2 }, "two resyncs later")
            #expect(writes() == settled)
        }
    }

    @Test func metricsUseControllerRuntimeNames() async throws {
        try await Self.withMirrorRunning { _, _, _, registry in
            #expect(await eventually { metricValue(registry, "controller_runtime_reconcile_total", ["controller": "mirror", "result": "success"]) >= 1 })
            let text = registry.emitToString()
            for name in [
                "controller_runtime_reconcile_total", "controller_runtime_reconcile_errors_total",
                "controller_runtime_terminal_reconcile_errors_total", "controller_runtime_reconcile_time_seconds_bucket",
                "controller_runtime_active_workers", "controller_runtime_max_concurrent_reconciles",
                "workqueue_depth", "workqueue_adds_total", "workqueue_queue_duration_seconds_bucket",
                "workqueue_work_duration_seconds_bucket", "workqueue_retries_total", "workqueue_unfinished_work_seconds",
                "workqueue_longest_running_processor_seconds", "rest_client_requests_total",
                "rest_client_request_duration_seconds_bucket",
            ] {
                #expect(text.contains(name), "\(name) is exposed")
            }
            #expect(text.contains(#"controller_runtime_reconcile_total{controller="mirror",result="requeue"} 0"#))
            #expect(text.contains(#"controller_runtime_max_concurrent_reconciles{controller="mirror"} 2.0"#), "\(text)")
            // controller-runtime's and client-go's buckets, not swift-prometheus's defaults (which end at 10 s).
            let lines = text.split(separator: "\n")
            for (histogram, top) in [
                ("controller_runtime_reconcile_time_seconds_bucket", "60.0"), ("workqueue_work_duration_seconds_bucket", "1000.0"),
                ("workqueue_queue_duration_seconds_bucket", "1000.0"), ("rest_client_request_duration_seconds_bucket", "60.0"),
            ] {
                #expect(lines.contains { $0.hasPrefix(histogram) && $0.contains(#"le="\#(top)""#) }, "\(histogram) up to \(top)")
            }
        }
    }

    /// Workers that end while the manager runs take no more work: liveness says so.
    @Test func livenessFailsWhenAControllersWorkersEndWhileTheManagerRuns() async throws {
        try await withDevCluster { fixture in
            let registry = PrometheusCollectorRegistry()
            let client = try meteredClient(fixture, registry: registry)
            let manager = Manager(client: client, configuration: .init(namespace: "default"), logger: testLogger)
            let reconciler = MirrorReconciler(
                deployments: try manager.informer(for: .deployments).cache,
                configMaps: try manager.informer(for: Self.configMaps, labelSelector: "mirror=true").cache,
                applier: ObjectApplier(client: client, fieldManager: "test"))
            let controller = try manager.controller("mirror").for(.deployments).complete(reconciler)
            _ = try await fixture.deployments.create(deployment("web"))
            let run = Task { try await manager.run() }
            defer { run.cancel() }
            #expect(await eventually { reconciler.count("web") > 0 })
            #expect(await manager.livenessFailures().isEmpty)

            await controller.queue.shutDown()
            #expect(await eventually { await manager.livenessFailures() == ["controller mirror: workers stopped"] })
        }
    }

    @Test func shutdownFinishesInFlightReconciles() async throws {
        try await withDevCluster { fixture in
            let registry = PrometheusCollectorRegistry()
            let (manager, reconciler) = try Self.start(fixture, registry: registry, delay: .seconds(2))
            _ = try await fixture.deployments.create(deployment("slow"))
            let group = ServiceGroup(
                configuration: ServiceGroupConfiguration(services: [manager], logger: testLogger))
            let run = Task { try await group.run() }
            #expect(await eventually { reconciler.count("slow") == 1 })
            // What SIGTERM does: the reconcile under way finishes and writes before run returns.
            await group.triggerGracefulShutdown()
            try await run.value
            #expect((try await fixture.configMaps.get("slow-mirror"))[path: ["data", "generation"]] == "1")
        }
    }
}
