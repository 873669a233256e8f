import Foundation
import KubeClient
import Logging
import Prometheus
import ServiceLifecycle
import Synchronization
import Testing

@testable import KubeRuntime

@Suite struct EndpointServerTests {
    /// Serves, runs `body` with the bound port, then shuts down.
    static func serving(
        readiness: (@Sendable () -> [String])?, metrics: PrometheusCollectorRegistry?, _ body: (Int) async throws -> Void
    ) async throws {
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let server = EndpointServer(
            address: BindAddress(host: "127.0.0.1", port: 0), readiness: readiness, metrics: metrics, logger: testLogger,
            onListening: { continuation.yield($0) })
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
        try await Self.serving(readiness: { failing.withLock { $0 } }, metrics: nil) { port in
            #expect(try await Self.get(port, "/healthz").status == 200)
            let notReady = try await Self.get(port, "/readyz")
            #expect(notReady.status == 500)
            #expect(String(decoding: notReady.body, as: UTF8.self).contains("[-]informer Model.baton.dev not synced"))
            failing.withLock { $0 = [] }
            #expect(try await Self.get(port, "/readyz").status == 200)
            #expect(try await Self.get(port, "/metrics").status == 404)
        }
    }

    @Test func metricsAreExposedInPrometheusTextFormat() async throws {
        let registry = PrometheusCollectorRegistry()
        registry.makeCounter(descriptor: MetricNameDescriptor(metricName: "baton_test", unitName: "total", helpText: "x"), labels: [])
            .increment()
        try await Self.serving(readiness: nil, metrics: registry) { port in
            let response = try await Self.get(port, "/metrics")
            #expect(response.status == 200)
            #expect(response.header("Content-Type")?.hasPrefix("text/plain") == true)
            #expect(String(decoding: response.body, as: UTF8.self).contains("baton_test_total 1"))
            #expect(try await Self.get(port, "/healthz").status == 404)
        }
    }
}
