import BatonAPI
import Foundation
import KubeRuntime
import Metrics
import Synchronization

/// What every evaluation measured, on the operator's `/metrics`: the values that move each
/// interval live here rather than in status (which changes only with a verdict). A Monitor's
/// series go when it is deleted or stops measuring a version, so the endpoint never reports a
/// Model version that is gone.
final class MonitorMetrics: Sendable {
    private let factory: any MetricsFactory
    private let series = Mutex<[ObjectKey: [SeriesKey: Gauge]]>([:])
    private let evaluations: Counter
    private let queryTime: Timer

    static let checkValue = "baton_monitor_check_value"
    static let driftScore = "baton_monitor_drift_score"
    static let verdict = "baton_monitor_verdict"
    static let lastEvaluation = "baton_monitor_last_evaluation_timestamp_seconds"

    private struct SeriesKey: Hashable {
        var name: String
        var labels: [String]
    }

    init(factory: any MetricsFactory) {
        self.factory = factory
        evaluations = Counter(label: "baton_monitor_evaluations_total", factory: factory)
        queryTime = Timer(label: "baton_monitor_query_duration_seconds", factory: factory)
    }

    func queried(in duration: Duration) {
        queryTime.record(duration: duration)
    }

    /// Sets the Monitor's series to this evaluation's results: a check's value (NaN when it had
    /// none) or drift score, and its verdict as one series per verdict at 1 or 0, as
    /// kube-state-metrics shows states.
    func record(_ evaluation: MonitorEvaluation, of monitor: ObjectKey, at time: Date) {
        evaluations.increment()
        var values: [(SeriesKey, [(String, String)], Double)] = []
        let base = [("namespace", monitor.namespace ?? ""), ("monitor", monitor.name)]
        for (name, results) in [(Self.checkValue, evaluation.metrics), (Self.driftScore, evaluation.drift)] {
            for result in results {
                let labels = base + [("check", result.name), ("version", result.version ?? "")]
                values.append((SeriesKey(name: name, labels: labels.map(\.1)), labels, result.value ?? .nan))
                for verdict in CheckVerdict.allCases {
                    let verdictLabels = labels + [("verdict", verdict.rawValue)]
                    values.append((
                        SeriesKey(name: Self.verdict, labels: verdictLabels.map(\.1)), verdictLabels,
                        result.verdict == verdict ? 1 : 0))
                }
            }
        }
        values.append((SeriesKey(name: Self.lastEvaluation, labels: base.map(\.1)), base, time.timeIntervalSince1970))
        let stale = series.withLock { all in
            var kept: [SeriesKey: Gauge] = [:]
            for (key, labels, value) in values {
                let gauge = all[monitor]?[key] ?? kept[key] ?? Gauge(label: key.name, dimensions: labels, factory: factory)
                gauge.record(value)
                kept[key] = gauge
            }
            let stale = (all[monitor] ?? [:]).filter { kept[$0.key] == nil }.map(\.value)
            all[monitor] = kept
            return stale
        }
        for gauge in stale { gauge.destroy() }
    }

    func forget(_ monitor: ObjectKey) {
        let gone = series.withLock { $0.removeValue(forKey: monitor) } ?? [:]
        for gauge in gone.values { gauge.destroy() }
    }
}
