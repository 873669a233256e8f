import Foundation
import KubeClient
import KubeCore
import Logging
import Prometheus
import TestSupport

@testable import KubeRuntime

/// A manager on a dev cluster's client whose requests are counted (MeteredTransport), so
/// tests can assert how many writes a reconcile made.
func meteredClient(_ fixture: DevClusterFixture, registry: PrometheusCollectorRegistry) throws -> KubeAPIClient {
    let configuration = try KubeConfigLoader(explicitPath: fixture.kubeconfigPath, environment: [:]).load()
    return KubeAPIClient(
        configuration: configuration,
        transport: MeteredTransport(
            try CurlTransport(configuration: configuration), metricsFactory: metricsFactory(registry)),
        credentialProvider: configuration.credentialProvider(), retryPolicy: RetryPolicy(maxRetries: 0))
}

/// A swift-metrics factory recording into a test's own registry, with KubeRuntime's histogram
/// buckets as the operator configures them.
func metricsFactory(_ registry: PrometheusCollectorRegistry) -> PrometheusMetricsFactory {
    var factory = PrometheusMetricsFactory(registry: registry)
    factory.durationHistogramBuckets = RuntimeMetrics.durationHistogramBuckets
    return factory
}

/// The value of one sample of a metric in a registry's exposition, e.g.
/// `rest_client_requests_total{code="201",host="…",method="POST"}`; labels match as a subset.
func metricValue(_ registry: PrometheusCollectorRegistry, _ name: String, _ labels: [String: String] = [:]) -> Double {
    registry.emitToString().split(separator: "\n").filter { line in
        guard line.hasPrefix(name + "{") || line.hasPrefix(name + " ") else { return false }
        return labels.allSatisfy { line.contains("\($0.key)=\"\($0.value)\"") }
    }.compactMap { $0.split(separator: " ").last.flatMap { Double($0) } }.reduce(0, +)
}

let testLogger: Logger = {
    var logger = Logger(label: "kuberuntime.tests")
    logger.logLevel = .warning
    return logger
}()

/// A deployment (simulation is off, so nothing else writes it).
func deployment(_ name: String, replicas: Int64 = 1, labels: [String: String] = [:]) -> JSONValue {
    var metadata: JSONValue = ["name": .string(name), "namespace": "default"]
    if !labels.isEmpty { metadata["labels"] = .object(.init(uniqueKeysWithValues: labels.map { ($0.key, .string($0.value)) })) }
    return [
        "apiVersion": "apps/v1", "kind": "Deployment", "metadata": metadata,
        "spec": [
            "replicas": .integer(replicas), "selector": ["matchLabels": ["app": .string(name)]],
            "template": [
                "metadata": ["labels": ["app": .string(name)]],
                "spec": ["containers": [["name": "web", "image": "nginx:1.27"]]],
            ],
        ],
    ]
}
