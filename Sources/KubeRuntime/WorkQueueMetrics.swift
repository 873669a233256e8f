import KubeCore
import Metrics

/// The metrics of one `WorkQueue`, under client-go's and controller-runtime's names with the
/// label `name` (the controller's name), so existing workqueue dashboards and alerts work
/// unchanged. Recorded through swift-metrics with the factory given; several queues may share
/// a factory, each needs its own name.
public struct WorkQueueMetrics: Sendable {
    static let queueDurationName = "workqueue_queue_duration_seconds"
    static let workDurationName = "workqueue_work_duration_seconds"

    /// controller-runtime's buckets for both durations: 10 ns to 1000 s, ×10 (a backend that
    /// takes buckets per name gets them from `RuntimeMetrics.durationHistogramBuckets`).
    static let durationBuckets: [Duration] = [
        .nanoseconds(10), .nanoseconds(100), .microseconds(1), .microseconds(10), .microseconds(100),
        .milliseconds(1), .milliseconds(10), .milliseconds(100), .seconds(1), .seconds(10), .seconds(100),
        .seconds(1000),
    ]

    private let depth: Gauge
    private let adds: Counter
    private let queueDuration: Timer
    private let workDuration: Timer
    private let retries: Counter
    private let unfinishedWork: Gauge
    private let longestRunningProcessor: Gauge

    /// - Parameters:
    ///   - name: the queue's (its controller's) name, the `name` label of every series.
    ///   - metricsFactory: the swift-metrics backend to record into.
    public init(name: String, metricsFactory: any MetricsFactory) {
        let labels = [("name", name)]
        depth = Gauge(label: "workqueue_depth", dimensions: labels, factory: metricsFactory)
        adds = Counter(label: "workqueue_adds_total", dimensions: labels, factory: metricsFactory)
        queueDuration = Timer(label: Self.queueDurationName, dimensions: labels, factory: metricsFactory)
        workDuration = Timer(label: Self.workDurationName, dimensions: labels, factory: metricsFactory)
        retries = Counter(label: "workqueue_retries_total", dimensions: labels, factory: metricsFactory)
        unfinishedWork = Gauge(label: "workqueue_unfinished_work_seconds", dimensions: labels, factory: metricsFactory)
        longestRunningProcessor = Gauge(
            label: "workqueue_longest_running_processor_seconds", dimensions: labels, factory: metricsFactory)
    }

    /// A key was added that was not already waiting.
    func recordAdd() { adds.increment() }

    /// `addRateLimited` was called.
    func recordRetry() { retries.increment() }

    func recordDepth(_ value: Int) { depth.record(value) }

    /// A key was handed to a worker after waiting this long since it was added.
    func recordQueueDuration(_ duration: Duration) { queueDuration.record(duration: duration) }

    /// A worker finished a key after working on it this long.
    func recordWorkDuration(_ duration: Duration) { workDuration.record(duration: duration) }

    /// The work under way now: its total so far, and the longest a worker has held its key.
    func recordUnfinishedWork(total: Duration, longest: Duration) {
        unfinishedWork.record(total.timeInterval)
        longestRunningProcessor.record(longest.timeInterval)
    }
}
