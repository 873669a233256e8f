import BatonAPI
import Foundation
import KubeCore

/// `resourceCeilings`: the most pods (serving replicas, the autoscaler's maximum, training
/// workers) and the most of each resource one pod may request or be limited to, compared as
/// quantities (`16Gi` against `32Gi`, `500m` against `1`).
struct ResourceCeilingCheck: PolicyCheck {
    let ceilings: ResourceCeilings

    func violations(by subject: PolicySubject, now: Date) -> [PolicyViolation] {
        let spec = subject.model.spec
        var violations: [PolicyViolation] = []
        if let most = ceilings.maxReplicas {
            var counts: [(String, Int32)] = []
            if let autoscaling = spec.serving.autoscaling {
                counts.append(("spec.serving.autoscaling.maxReplicas", autoscaling.maxReplicas))
            } else {
                counts.append(("spec.serving.replicas", spec.serving.replicas))
            }
            if let training = spec.training { counts.append(("spec.training.workers", training.workers)) }
            for (field, count) in counts where count > most {
                violations.append(violation("\(field) is \(count), above the ceiling of \(most)"))
            }
        }
        for (resource, most) in (ceilings.maxResourcesPerPod ?? [:]).sorted(by: { $0.key < $1.key }) {
            let pods: [(String, ResourceRequirements?)] = [
                ("spec.training.resources", spec.training?.container.resources), ("spec.serving.resources", spec.serving.resources),
            ]
            for (field, resources) in pods {
                for (kind, amounts) in [("limits", resources?.limits), ("requests", resources?.requests)] {
                    guard let amount = amounts?[resource], amount.value > most.value else { continue }
                    violations.append(violation("\(field).\(kind)[\(resource)] is \(amount), above the ceiling of \(most) per pod"))
                }
            }
        }
        return violations
    }

    private func violation(_ message: String) -> PolicyViolation {
        PolicyViolation(rule: .resourceCeilings, message: message)
    }
}
