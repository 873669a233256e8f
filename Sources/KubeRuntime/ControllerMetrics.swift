import Metrics

/// controller-runtime's reconcile metrics under its names and labels, so its dashboards and
/// alerts work for Baton unchanged. Recorded through swift-metrics with the manager's factory.
struct ControllerMetrics: Sendable {
    static let reconcileTimeName = "controller_runtime_reconcile_time_seconds"

    /// controller-runtime's buckets for reconcile_time_seconds (a backend that takes buckets
    /// per name gets them from `RuntimeMetrics.durationHistogramBuckets`).
    static let reconcileTimeBuckets: [Duration] = [
        0.005, 0.01, 0.025, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.25, 1.5,
        1.75, 2.0, 2.5, 3.0, 3.5, 4.0, 4.5, 5, 6, 7, 8, 9, 10, 15, 20, 25, 30, 40, 50, 60,
    ].map { .milliseconds(Int64($0 * 1000)) }

    enum Result: String, CaseIterable {
        case success, error
        case requeueAfter = "requeue_after"
        /// controller-runtime's result for `Requeue: true`; Baton's reconcilers never return
        /// it, but the series exists (at zero) as it does in controller-runtime.
        case requeue
    }

    private let totals: [Result: Counter]
    private let errors: Counter
    private let terminalErrors: Counter
    private let time: Timer
    private let active: Meter

    init(factory: any MetricsFactory, controller: String, workers: Int) {
        let labels = [("controller", controller)]
        Gauge(label: "controller_runtime_max_concurrent_reconciles", dimensions: labels, factory: factory)
            .record(workers)
        totals = Dictionary(uniqueKeysWithValues: Result.allCases.map { result in
            (result, Counter(
                label: "controller_runtime_reconcile_total", dimensions: labels + [("result", result.rawValue)],
                factory: factory))
        })
        errors = Counter(label: "controller_runtime_reconcile_errors_total", dimensions: labels, factory: factory)
        terminalErrors = Counter(
            label: "controller_runtime_terminal_reconcile_errors_total", dimensions: labels, factory: factory)
        time = Timer(label: Self.reconcileTimeName, dimensions: labels, factory: factory)
        active = Meter(label: "controller_runtime_active_workers", dimensions: labels, factory: factory)
    }

    func record(_ result: Result, terminal: Bool = false, duration: Duration) {
        totals[result]?.increment()
        if result == .error {
            errors.increment()
            if terminal { terminalErrors.increment() }
        }
        time.record(duration: duration)
    }

    /// A worker took a key (controller_runtime_active_workers goes up by one).
    func workerStarted() { active.increment() }

    /// A worker finished with its key.
    func workerFinished() { active.decrement() }
}
