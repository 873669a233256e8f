import Prometheus

/// kube-apiserver's request metrics, under its names and labels, so that what counts requests
/// on a real cluster counts them here (benchmarks read the operator's requests from them).
final class APIMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()

    private static var requests: MetricNameDescriptor {
        MetricNameDescriptor(
        namespace: "apiserver", metricName: "request", unitName: "total",
        helpText: "Counter of apiserver requests broken out for each verb, dry run value, group, version, resource, scope, component, and HTTP response code.")
    }
    private static var duration: MetricNameDescriptor {
        MetricNameDescriptor(
        namespace: "apiserver", metricName: "request_duration", unitName: "seconds",
        helpText: "Response latency distribution in seconds for each verb, dry run value, group, version, resource, subresource, scope and component.")
    }
    /// kube-apiserver's buckets for apiserver_request_duration_seconds.
    private static let buckets: [Duration] = [
        0.005, 0.025, 0.05, 0.1, 0.2, 0.4, 0.6, 0.8, 1.0, 1.25, 1.5, 2, 3, 4, 5, 6, 8, 10, 15, 20, 30, 45, 60,
    ].map { .milliseconds(Int64($0 * 1000)) }

    /// What a request was, in the labels kube-apiserver uses (`verb` upper-case: GET, LIST,
    /// WATCH, POST, PUT, PATCH, APPLY, DELETE, DELETECOLLECTION; empty for non-resource URLs).
    struct RequestLabels: Sendable {
        var verb: String
        var group = ""
        var version = ""
        var resource = ""
        var subresource = ""
        /// `cluster`, `namespace` or `resource`.
        var scope = ""
        var dryRun = false
    }

    func record(_ labels: RequestLabels, code: Int, duration: Duration) {
        let common: [(String, String)] = [
            ("verb", labels.verb), ("dry_run", labels.dryRun ? "All" : ""), ("group", labels.group),
            ("version", labels.version), ("resource", labels.resource), ("subresource", labels.subresource),
            ("scope", labels.scope), ("component", "apiserver"),
        ]
        registry.makeCounter(descriptor: Self.requests, labels: common + [("code", String(code))]).increment()
        registry.makeDurationHistogram(descriptor: Self.duration, labels: common, buckets: Self.buckets)
            .record(duration)
    }

    func exposition() -> [UInt8] {
        var buffer: [UInt8] = []
        registry.emit(into: &buffer)
        return buffer
    }
}
