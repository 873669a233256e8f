import TestSupport
import Prometheus
import Testing

@testable import KubeRuntime

@Suite struct WorkQueueMetricsTests {
    @Test func theQueueRecordsControllerRuntimesMetrics() async throws {
        let registry = PrometheusCollectorRegistry()
        let clock = ManualClock()
        let queue = WorkQueue<String>(metrics: WorkQueueMetrics(name: "model", metricsFactory: metricsFactory(registry)), clock: RuntimeClock(clock))
        await queue.add("a")
        await queue.add("a")
        await queue.add("b")
        clock.advance(by: .seconds(1))
        #expect(await queue.next() == "a")
        clock.advance(by: .seconds(2))
        await queue.done("a")
        await queue.addRateLimited("a")

        var buffer: [UInt8] = []
        registry.emit(into: &buffer)
        let text = String(decoding: buffer, as: UTF8.self)
        for line in [
            "# TYPE workqueue_depth gauge",
            #"workqueue_depth{name="model"} 1.0"#,
            "# TYPE workqueue_adds_total counter",
            #"workqueue_adds_total{name="model"} 2"#,
            #"workqueue_retries_total{name="model"} 1"#,
            "# TYPE workqueue_queue_duration_seconds histogram",
            #"workqueue_queue_duration_seconds_count{name="model"} 1"#,
            #"workqueue_queue_duration_seconds_sum{name="model"} 1.0"#,
            #"workqueue_work_duration_seconds_sum{name="model"} 2.0"#,
            #"workqueue_work_duration_seconds_bucket{name="model",le="10.0"} 1"#,
            // controller-runtime's buckets (10 ns to 1000 s), set per name in the factory.
            #"workqueue_work_duration_seconds_bucket{name="model",le="1000.0"} 1"#,
            #"workqueue_queue_duration_seconds_bucket{name="model",le="0.001"} 0"#,
        ] {
            #expect(text.contains(line), "\(line)\n\(text)")
        }
    }

    /// client-go's stuck-worker gauges: the work under way summed, and its longest.
    @Test func unfinishedWorkSumsWhatWorkersHoldAndNamesTheLongest() async throws {
        let registry = PrometheusCollectorRegistry()
        let clock = ManualClock()
        let queue = WorkQueue<String>(metrics: WorkQueueMetrics(name: "model", metricsFactory: metricsFactory(registry)), clock: RuntimeClock(clock))
        await queue.add("a")
        await queue.add("b")
        #expect(await queue.next() == "a")
        clock.advance(by: .seconds(3))
        #expect(await queue.next() == "b")
        clock.advance(by: .seconds(2))
        await queue.recordUnfinishedWork()
        var text = registry.emitToString()
        #expect(text.contains(#"workqueue_unfinished_work_seconds{name="model"} 7.0"#), "\(text)")
        #expect(text.contains(#"workqueue_longest_running_processor_seconds{name="model"} 5.0"#), "\(text)")
        await queue.done("a")
        await queue.done("b")
        await queue.recordUnfinishedWork()
        text = registry.emitToString()
        #expect(text.contains(#"workqueue_unfinished_work_seconds{name="model"} 0.0"#), "\(text)")
        #expect(text.contains(#"workqueue_longest_running_processor_seconds{name="model"} 0.0"#), "\(text)")
    }

    @Test func queuesOfDifferentControllersAreLabelledApart() async {
        let registry = PrometheusCollectorRegistry()
        let models = WorkQueue<String>(metrics: WorkQueueMetrics(name: "model", metricsFactory: metricsFactory(registry)))
        let pipelines = WorkQueue<String>(metrics: WorkQueueMetrics(name: "pipeline", metricsFactory: metricsFactory(registry)))
        await models.add("a")
        await pipelines.add("a")
        await pipelines.add("b")
        let text = registry.emitToString()
        #expect(text.contains(#"workqueue_adds_total{name="model"} 1"#))
        #expect(text.contains(#"workqueue_adds_total{name="pipeline"} 2"#))
    }
}
