/// What a metrics backend needs to know about KubeRuntime's metrics beyond what swift-metrics
/// carries. KubeRuntime records through swift-metrics only, with the `MetricsFactory` it is
/// given (`Manager`, `MeteredTransport`, `LeaderElector`, `WorkQueueMetrics`); the application
/// picks the backend and exposes it (the operator: swift-prometheus's `PrometheusMetricsFactory`
/// over a `PrometheusCollectorRegistry`, served by `EndpointServer` at /metrics).
public enum RuntimeMetrics {
    /// The histogram buckets of every KubeRuntime timer, by metric name: controller-runtime's
    /// and client-go's, so their dashboards' quantiles read the same. swift-metrics has no
    /// buckets; give these to a backend that takes them per name, e.g.
    /// `PrometheusMetricsFactory.durationHistogramBuckets`.
    public static let durationHistogramBuckets: [String: [Duration]] = [
        ControllerMetrics.reconcileTimeName: ControllerMetrics.reconcileTimeBuckets,
        WorkQueueMetrics.queueDurationName: WorkQueueMetrics.durationBuckets,
        WorkQueueMetrics.workDurationName: WorkQueueMetrics.durationBuckets,
        MeteredTransport.requestDurationName: MeteredTransport.requestDurationBuckets,
    ]
}
