import Foundation
import KubeClient
import Metrics

/// An `HTTPTransport` that counts and times every request the operator makes, under
/// client-go's metric names (`rest_client_requests_total{code,host,method}`,
/// `rest_client_request_duration_seconds{host,verb}`), so requests per reconcile can be read
/// from the operator's own /metrics. Recorded through swift-metrics with the factory given.
public struct MeteredTransport: HTTPTransport {
    static let requestDurationName = "rest_client_request_duration_seconds"

    /// client-go's buckets for the request latency (a backend that takes buckets per name gets
    /// them from `RuntimeMetrics.durationHistogramBuckets`).
    static let requestDurationBuckets: [Duration] = [
        0.005, 0.025, 0.1, 0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 15.0, 30.0, 60.0,
    ].map { .milliseconds(Int64($0 * 1000)) }

    private let base: any HTTPTransport
    private let metricsFactory: any MetricsFactory

    public init(_ base: any HTTPTransport, metricsFactory: any MetricsFactory) {
        self.base = base
        self.metricsFactory = metricsFactory
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
        Counter(
            label: "rest_client_requests_total", dimensions: [("code", code), ("host", host), ("method", request.method)],
            factory: metricsFactory
        ).increment()
        CoreMetrics.Timer(
            label: Self.requestDurationName, dimensions: [("host", host), ("verb", request.method)],
            factory: metricsFactory
        ).record(duration: .now - start)
    }
}
