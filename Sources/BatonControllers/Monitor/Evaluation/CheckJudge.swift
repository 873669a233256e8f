import BatonAPI
import Drift

/// Judges what a check measured for a version against the check's threshold: the one place a
/// verdict is decided, for Monitors and (next) for a rollout's analysis. Pure.
enum CheckJudge {
    static func judge(_ check: MetricCheck, version: String, _ measurement: Measurement) -> MetricResult {
        let name = check.name
        switch measurement {
        case let .value(value) where value.isNaN:
            return MetricResult(
                name: name, version: version, verdict: .inconclusive,
                message: "\(name) is NaN for \(version): no observations in the query's window (0/0)")
        case let .value(value):
            let range = check.thresholdRange
            let shown = { (bound: Double) in NumberText.rounded(value, distinctFrom: bound) }
            if let min = range.min, value < min.value {
                return MetricResult(
                    name: name, version: version, value: value, verdict: .fail,
                    message: "\(name) = \(shown(min.value)) for \(version), below the minimum \(min)")
            }
            if let max = range.max, value > max.value {
                return MetricResult(
                    name: name, version: version, value: value, verdict: .fail,
                    message: "\(name) = \(shown(max.value)) for \(version), above the maximum \(max)")
            }
            let bounds = [range.min.map { "min \($0)" }, range.max.map { "max \($0)" }].compactMap { $0 }
            return MetricResult(
                name: name, version: version, value: value, verdict: .pass,
                message: "\(name) = \(shown(range.max?.value ?? range.min?.value ?? value)) for \(version), within "
                    + bounds.joined(separator: " and "))
        case .histogram:
            return MetricResult(
                name: name, version: version, verdict: .inconclusive, message: "\(name): a histogram is not one value")
        case let .inconclusive(reason):
            return MetricResult(name: name, version: version, verdict: .inconclusive, message: "\(name): \(reason)")
        }
    }

    static func judge(
        _ check: DriftCheck, version: String, _ measurement: Measurement,
        minimumSamples: Double = DriftAssessment.defaultMinimumSamples
    ) -> MetricResult {
        let name = check.name
        switch measurement {
        case let .histogram(live, reference):
            let assessment: DriftAssessment
            do {
                assessment = try DriftAssessment(
                    live: live, reference: reference, method: check.method.scoring, threshold: check.threshold.value,
                    minimumSamples: minimumSamples)
            } catch {
                return MetricResult(name: name, version: version, verdict: .inconclusive, message: "\(name): \(error)")
            }
            let verdict: CheckVerdict
            switch assessment.verdict {
            case .drift: verdict = .fail
            case .noDrift: verdict = .pass
            case .inconclusive: verdict = .inconclusive
            }
            let what = verdict == .fail ? "\(name) drifted for \(version)" : "\(name) for \(version)"
            return MetricResult(
                name: name, version: version, value: assessment.score, verdict: verdict, message: "\(what): \(assessment.message)")
        case .value:
            return MetricResult(
                name: name, version: version, verdict: .inconclusive,
                message: "\(name): the query returned one value; a drift check needs buckets by le")
        case let .inconclusive(reason):
            return MetricResult(name: name, version: version, verdict: .inconclusive, message: "\(name): \(reason)")
        }
    }
}

extension BatonAPI.DriftMethod {
    /// The score this API method names.
    var scoring: Drift.DriftMethod {
        switch self {
        case .psi: .psi
        case .kolmogorovSmirnov: .kolmogorovSmirnov
        }
    }
}
