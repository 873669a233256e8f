import Prometheus

/// The metrics of one `WorkQueue`, under client-go's and controller-runtime's names and help
/// texts with the label `name` (the controller's name), so existing workqueue dashboards and
/// alerts work unchanged. Several queues may share a registry; each needs its own name.
public struct WorkQueueMetrics: Sendable {
    private let depth: Gauge
    private let adds: Counter
    private let queueDuration: DurationHistogram
    private let workDuration: DurationHistogram
    private let retries: Counter
    private let unfinishedWork: Gauge
    private let longestRunningProcessor: Gauge

    /// controller-runtime's buckets for both durations: 10 ns to 1000 s, ×10.
    private static let durationBuckets: [Duration] = [
        .nanoseconds(10), .nanoseconds(100), .microseconds(1), .microseconds(10), .microseconds(100),
        .milliseconds(1), .milliseconds(10), .milliseconds(100), .seconds(1), .seconds(10), .seconds(100),
        .seconds(1000),
    ]

    public init(name: String, registry: PrometheusCollectorRegistry) {
        let labels = [("name", name)]
        depth = registry.makeGauge(
            descriptor: Self.descriptor("depth", unit: "", help: "Current depth of workqueue"), labels: labels)
        adds = registry.makeCounter(
            descriptor: Self.descriptor("adds", unit: "total", help: "Total number of adds handled by workqueue"),
            labels: labels)
        queueDuration = registry.makeDurationHistogram(
            descriptor: Self.descriptor(
                "queue_duration", unit: "seconds",
                help: "How long in seconds an item stays in workqueue before being requested"),
            labels: labels, buckets: Self.durationBuckets)
        workDuration = registry.makeDurationHistogram(
            descriptor: Self.descriptor(
                "work_duration", unit: "seconds", help: "How long in seconds processing an item from workqueue takes."),
            labels: labels, buckets: Self.durationBuckets)
        retries = registry.makeCounter(
            descriptor: Self.descriptor("retries", unit: "total", help: "Total number of retries handled by workqueue"),
            labels: labels)
        unfinishedWork = registry.makeGauge(
            descriptor: Self.descriptor(
                "unfinished_work", unit: "seconds",
                help: "How many seconds of work has been done that is in progress and hasn't been observed by work_duration. Large values indicate stuck threads. One can deduce the number of stuck threads by observing the rate at which this increases."),
            labels: labels)
        longestRunningProcessor = registry.makeGauge(
            descriptor: Self.descriptor(
                "longest_running_processor", unit: "seconds",
                help: "How many seconds has the longest running processor for workqueue been running."),
            labels: labels)
    }

    /// A key was added that was not already waiting.
    func recordAdd() { adds.increment() }

    /// `addRateLimited` was called.
    func recordRetry() { retries.increment() }

    func recordDepth(_ value: Int) { depth.set(Double(value)) }

    /// A key was handed to a worker after waiting this long since it was added.
    func recordQueueDuration(_ duration: Duration) { queueDuration.record(duration) }

    /// A worker finished a key after working on it this long.
    func recordWorkDuration(_ duration: Duration) { workDuration.record(duration) }

    /// The work under way now: its total so far, and the longest a worker has held its key.
    func recordUnfinishedWork(total: Duration, longest: Duration) {
        unfinishedWork.set(total.seconds)
        longestRunningProcessor.set(longest.seconds)
    }

    private static func descriptor(_ name: String, unit: String, help: String) -> MetricNameDescriptor {
        MetricNameDescriptor(subsystem: "workqueue", metricName: name, unitName: unit, helpText: help)
    }
}

extension Duration {
    fileprivate var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
