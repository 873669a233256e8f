import Foundation
import KubeClient
import KubeCore
import Logging
import Prometheus
import ServiceLifecycle
import Synchronization
import TestSupport
import Testing

@testable import KubeRuntime

@Suite struct EndpointServerTests {
    /// Serves, runs `body` with the bound port, then shuts down.
    static func serving(
        liveness: (@Sendable () async -> [String])? = nil, readiness: (@Sendable () -> [String])?,
        metrics: (@Sendable () -> [UInt8])?, _ body: (Int) async throws -> Void
    ) async throws {
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let server = EndpointServer(
            address: BindAddress(host: "127.0.0.1", port: 0), liveness: liveness, readiness: readiness, metrics: metrics,
            logger: testLogger, onListening: { continuation.yield($0) })
        let group = ServiceGroup(configuration: ServiceGroupConfiguration(services: [server], logger: testLogger))
        let run = Task { try await group.run() }
        var iterator = ports.makeAsyncIterator()
        let port = try #require(await iterator.next())
        try await body(port)
        await group.triggerGracefulShutdown()
        try await run.value
    }

    static func get(_ port: Int, _ path: String) async throws -> HTTPResponse {
        try await CurlTransport().send(HTTPRequest(method: "GET", url: URL(string: "http://127.0.0.1:\(port)\(path)")!))
    }

    @Test func probesReportReadinessByTheChecksThatFail() async throws {
        let failing = Mutex(["informer Model.baton.dev not synced"])
        try await Self.serving(liveness: { [] }, readiness: { failing.withLock { $0 } }, metrics: nil) { port in
            #expect(try await Self.get(port, "/healthz").status == 200)
            let notReady = try await Self.get(port, "/readyz")
            #expect(notReady.status == 500)
            #expect(String(decoding: notReady.body, as: UTF8.self).contains("[-]informer Model.baton.dev not synced"))
            failing.withLock { $0 = [] }
            #expect(try await Self.get(port, "/readyz").status == 200)
            #expect(try await Self.get(port, "/metrics").status == 404)
        }
    }

    /// The manager's liveness over HTTP: a reconcile that hangs past the threshold fails
    /// `/healthz`, naming the controller; once it returns, `/healthz` is ok again.
    @Test func healthzFailsWhileAWorkerIsStuck() async throws {
        try await withDevCluster { fixture in
            var configuration = ManagerConfiguration(namespace: "default")
            configuration.stuckWorkerThreshold = .milliseconds(300)
            configuration.gracefulShutdownTimeout = .seconds(1)
            let manager = Manager(client: fixture.client, configuration: configuration, logger: testLogger)
            let reconciler = GatedReconciler()
            try manager.controller("stuck").for(.deployments).complete(reconciler)
            _ = try await fixture.deployments.create(deployment("web"))
            let run = Task { try await manager.run() }
            defer { run.cancel() }
            try await Self.serving(
                liveness: { await manager.livenessFailures() }, readiness: { manager.unsyncedCaches() }, metrics: nil
            ) { port in
                #expect(await eventually { reconciler.entered })
                #expect(await eventually { (try? await Self.get(port, "/healthz"))?.status == 500 })
                let failing = try await Self.get(port, "/healthz")
                let body = String(decoding: failing.body, as: UTF8.self)
                #expect(body.contains("[-]controller stuck: a worker has held one key for"))
                #expect(body.hasSuffix("healthz check failed\n"))
                #expect(try await Self.get(port, "/readyz").status == 200)
                reconciler.open()
                #expect(await eventually { (try? await Self.get(port, "/healthz"))?.status == 200 })
            }
        }
    }

    @Test func metricsAreExposedInPrometheusTextFormat() async throws {
        let registry = PrometheusCollectorRegistry()
        registry.makeCounter(descriptor: MetricNameDescriptor(metricName: "baton_test", unitName: "total", helpText: "x"), labels: [])
            .increment()
        try await Self.serving(readiness: nil, metrics: { registry.emitToBuffer() }) { port in
            let response = try await Self.get(port, "/metrics")
            #expect(response.status == 200)
            #expect(response.header("Content-Type")?.hasPrefix("text/plain") == true)
            #expect(String(decoding: response.body, as: UTF8.self).contains("baton_test_total 1"))
            #expect(try await Self.get(port, "/healthz").status == 404)
        }
    }
}

/// Holds every reconcile until `open()`.
private final class GatedReconciler: Reconciler {
    private struct State {
        var entered = false
        /// The held reconciles; nil once open.
        var gate: [CheckedContinuation<Void, Never>]? = []
    }

    private let state = Mutex(State())

    var entered: Bool { state.withLock { $0.entered } }

    func reconcile(_ key: ObjectKey) async throws -> ReconcileResult {
        await withCheckedContinuation { continuation in
            let waiting = state.withLock { state in
                state.entered = true
                guard state.gate != nil else { return false }
                state.gate?.append(continuation)
                return true
            }
            if !waiting { continuation.resume() }
        }
        return .done
    }

    /// Lets the held reconciles, and every later one, through.
    func open() {
        let held = state.withLock { state in
            defer { state.gate = nil }
            return state.gate ?? []
        }
        for continuation in held { continuation.resume() }
    }
}
