import Prometheus

/// controller-runtime's reconcile metrics under its names and labels, so its dashboards and
/// alerts work for Baton unchanged.
struct ControllerMetrics: Sendable {
    private let registry: PrometheusCollectorRegistry
    private let controller: String

    /// controller-runtime's buckets for reconcile_time_seconds.
    private static let buckets: [Duration] = [
        0.005, 0.01, 0.025, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.25, 1.5,
        1.75, 2.0, 2.5, 3.0, 3.5, 4.0, 4.5, 5, 6, 7, 8, 9, 10, 15, 20, 25, 30, 40, 50, 60,
    ].map { .milliseconds(Int64($0 * 1000)) }

    init(registry: PrometheusCollectorRegistry, controller: String, workers: Int) {
        self.registry = registry
        self.controller = controller
        registry.makeGauge(descriptor: Self.descriptor("max_concurrent_reconciles", "Maximum number of concurrent reconciles per controller"), labels: labels)
            .set(Double(workers))
        for result in ["success", "error", "requeue_after", "requeue"] {
            _ = registry.makeCounter(descriptor: Self.total, labels: labels + [("result", result)])
        }
        _ = registry.makeCounter(descriptor: Self.errors, labels: labels)
        _ = registry.makeCounter(descriptor: Self.terminalErrors, labels: labels)
    }

    enum Result: String {
        case success, error
        case requeueAfter = "requeue_after"
    }

    func record(_ result: Result, terminal: Bool = false, duration: Duration) {
        registry.makeCounter(descriptor: Self.total, labels: labels + [("result", result.rawValue)]).increment()
        if result == .error {
            registry.makeCounter(descriptor: Self.errors, labels: labels).increment()
            if terminal { registry.makeCounter(descriptor: Self.terminalErrors, labels: labels).increment() }
        }
        registry.makeDurationHistogram(descriptor: Self.time, labels: labels, buckets: Self.buckets).record(duration)
    }

    func activeWorkers(_ delta: Double) {
        registry.makeGauge(descriptor: Self.active, labels: labels).increment(by: delta)
    }

    private var labels: [(String, String)] { [("controller", controller)] }

    private static func descriptor(_ name: String, _ help: String) -> MetricNameDescriptor {
        MetricNameDescriptor(namespace: "controller_runtime", metricName: name, unitName: "", helpText: help)
    }
    private static var total: MetricNameDescriptor { descriptor("reconcile_total", "Total number of reconciliations per controller") }
    private static var errors: MetricNameDescriptor { descriptor("reconcile_errors_total", "Total number of reconciliation errors per controller") }
    private static var terminalErrors: MetricNameDescriptor { descriptor(
        "terminal_reconcile_errors_total", "Total number of terminal reconciliation errors per controller") }
    private static var time: MetricNameDescriptor { descriptor("reconcile_time_seconds", "Length of time per reconciliation per controller") }
    private static var active: MetricNameDescriptor { descriptor("active_workers", "Number of currently used workers per controller") }
}
