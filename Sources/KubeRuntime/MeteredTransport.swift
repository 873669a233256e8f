import Foundation
import KubeClient
import Prometheus

/// An `HTTPTransport` that counts and times every request the operator makes, under
/// client-go's metric names (`rest_client_requests_total{code,host,method}`,
/// `rest_client_request_duration_seconds{host,verb}`), so requests per reconcile can be read
/// from the operator's own /metrics.
public struct MeteredTransport: HTTPTransport {
    private let base: any HTTPTransport
    private let registry: PrometheusCollectorRegistry

    /// client-go's buckets for the request latency.
    private static let buckets: [Duration] = [0.005, 0.025, 0.1, 0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 15.0, 30.0, 60.0]
        .map { .milliseconds(Int64($0 * 1000)) }
    private static var requests: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "rest_client", metricName: "requests", unitName: "total",
            helpText: "Number of HTTP requests, partitioned by status code, method, and host.")
    }
    private static var duration: MetricNameDescriptor {
        MetricNameDescriptor(
            namespace: "rest_client", metricName: "request_duration", unitName: "seconds",
            helpText: "Request latency in seconds. Broken down by verb, and host.")
    }

    public init(_ base: any HTTPTransport, registry: PrometheusCollectorRegistry) {
        self.base = base
        self.registry = registry
    }

    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        try await measured(request, status: \.status) { try await base.send(request) }
    }

    /// A stream (a watch) is counted when its headers arrive; its duration is time to headers.
    public func stream(_ request: HTTPRequest) async throws -> HTTPStreamingResponse {
        try await measured(request, status: \.status) { try await base.stream(request) }
    }

    private func measured<Response>(
        _ request: HTTPRequest, status: KeyPath<Response, Int>, _ body: () async throws -> Response
    ) async throws -> Response {
        let start = ContinuousClock.now
        do {
            let response = try await body()
            record(request, code: String(response[keyPath: status]), since: start)
            return response
        } catch {
            // client-go counts a request that got no response under code "<error>".
            record(request, code: "<error>", since: start)
            throw error
        }
    }

    private func record(_ request: HTTPRequest, code: String, since start: ContinuousClock.Instant) {
        let host = request.url.host.map { host in request.url.port.map { "\(host):\($0)" } ?? host } ?? ""
        registry.makeCounter(
            descriptor: Self.requests, labels: [("code", code), ("host", host), ("method", request.method)]
        ).increment()
        registry.makeDurationHistogram(
            descriptor: Self.duration, labels: [("host", host), ("verb", request.method)], buckets: Self.buckets
        ).record(.now - start)
    }
}
