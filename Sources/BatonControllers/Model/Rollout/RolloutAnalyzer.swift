import BatonAPI
import Foundation
import KubeCore
import KubeRuntime

/// Runs a rollout's analysis when it is due: the checks of the Monitor `analysis.monitorRef`
/// names, evaluated for the candidate version (and for a Shadow candidate, its predictions
/// against the stable version's), every interval of that Monitor from the start of the step. The schedule is the status's (`stepStartTime`, `lastEvaluationTime`), so a
/// restarted operator keeps it.
struct RolloutAnalyzer: Sendable {
    let evaluator: MonitorEvaluator
    let clock: RuntimeClock

    /// How often a rollout whose Monitor does not exist looks for it again.
    static let missingMonitorInterval = Duration.seconds(30)

    struct Analysis: Sendable {
        var evaluation: RolloutEvaluation?
        var interval: Duration?
    }

    func analyze(_ model: Model, monitors: ObjectCache) async -> Analysis {
        guard let spec = model.spec.rollout.analysis, let record = model.status?.rollout,
            record.version == model.spec.version, record.phase.isActive
        else { return Analysis() }
        let namespace = model.metadata.namespace ?? "default"
        let name = spec.monitorRef.name
        let monitor = monitors.get(ObjectKey(namespace: namespace, name: name)).flatMap { try? $0.decode(Monitor.self) }
        let interval = monitor?.spec.interval.duration ?? Self.missingMonitorInterval
        // The interval goes with every active rollout, judged now or not: the reconcile that
        // starts a step schedules the step's first evaluation by it.
        guard record.isJudging, let start = record.stepStartTime else { return Analysis(interval: interval) }
        let now = clock.date()
        let last = max(start.date, record.analysis?.lastEvaluationTime?.date ?? start.date)
        guard now >= last.addingTimeInterval(interval.timeInterval) else { return Analysis(interval: interval) }
        guard let monitor else {
            let missing = MetricResult(
                name: name, version: record.version, verdict: .inconclusive,
                message: "Monitor \(name) does not exist in namespace \(namespace): create it, or correct "
                    + "spec.rollout.analysis.monitorRef")
            return Analysis(evaluation: RolloutEvaluation(time: KubeTime(now), results: [missing]), interval: interval)
        }
        // A Shadow candidate answers the same requests as the stable version: its predictions
        // must match the stable's too.
        let comparison = record.strategy == .shadow
            ? record.previousVersion.map { (spec: spec.predictions ?? PredictionComparison(), reference: $0) } : nil
        let evaluation = await evaluator.evaluate(monitor, model: model, versions: [record.version], comparing: comparison)
        return Analysis(
            evaluation: RolloutEvaluation(time: KubeTime(now), results: evaluation.metrics + evaluation.drift),
            interval: interval)
    }
}
