import BatonAPI
import Foundation
import KubeCore

@testable import BatonControllers

/// Monitors and evaluations built by hand for the planner's tests.
enum MonitorFixtures {
    static let errorRate = MetricCheck(
        name: "error_rate", query: "sum(rate(errors{model=\"{{model}}\"}[1m]))", thresholdRange: ThresholdRange(max: "0.05"))
    static let amount = DriftCheck(
        name: "amount", query: "sum by (le) (increase(amount_bucket[10m]))", threshold: "0.25",
        reference: HistogramReference(inline: InlineHistogram(buckets: [
            HistogramBucket(upperBound: "10", count: 50), HistogramBucket(upperBound: "+Inf", count: 50),
        ])))

    static func monitor(
        generation: Int64 = 1, status: MonitorStatus? = nil, metrics: [MetricCheck]? = [errorRate], drift: [DriftCheck]? = [amount]
    ) -> Monitor {
        Monitor(
            metadata: ObjectMeta(name: "fraud-health", namespace: "risk", uid: "uid-monitor", generation: generation),
            spec: MonitorSpec(modelRef: LocalObjectReference(name: "fraud-detector"), interval: "30s", metrics: metrics, drift: drift),
            status: status)
    }

    static func result(_ name: String, _ verdict: CheckVerdict, value: Double? = nil, version: String = "1.0.0") -> MetricResult {
        MetricResult(name: name, version: version, value: value, verdict: verdict, message: "\(name) \(verdict.rawValue) \(value ?? .nan)")
    }

    static func observation(
        _ monitor: Monitor, metrics: [MetricResult], drift: [MetricResult], next: Date = Fixtures.now.addingTimeInterval(30)
    ) -> MonitorObservation {
        MonitorObservation(
            monitor: monitor, target: .serving(versions: ["1.0.0"]),
            evaluation: MonitorEvaluation(metrics: metrics, drift: drift), nextEvaluation: next)
    }
}
