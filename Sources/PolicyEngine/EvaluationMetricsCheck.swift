import BatonAPI
import Foundation

/// `evaluationMetrics`: the training report's metrics within bounds. A metric not reported is a
/// violation, never a pass.
struct EvaluationMetricsCheck: PolicyCheck {
    let requirements: [MetricRequirement]

    func violations(by subject: PolicySubject, now: Date) -> [PolicyViolation] {
        requirements.compactMap { requirement in
            let name = requirement.name
            let range = requirement.thresholdRange
            guard let value = subject.trainingMetrics?[name] else {
                let reported = (subject.trainingMetrics ?? [:]).keys.sorted()
                return PolicyViolation(
                    rule: .evaluationMetrics,
                    message: "\(name) was not reported for version \(subject.version)"
                        + (subject.trainingMetrics == nil
                            ? " (no training report): the trainer must report it in its termination message"
                            : " (reported: \(reported.isEmpty ? "none" : reported.joined(separator: ", "))): report it"))
            }
            guard !range.contains(value) else { return nil }
            let bound = value < (range.min?.value ?? -.infinity) ? "below the minimum \(range.min!)" : "above the maximum \(range.max!)"
            return PolicyViolation(
                rule: .evaluationMetrics, message: "\(name) = \(value) for version \(subject.version), \(bound)")
        }
    }
}
