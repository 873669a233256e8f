import BatonAPI
import Foundation

/// `requiredMetadata`: the governance fields a Model must fill in.
struct RequiredMetadataCheck: PolicyCheck {
    let fields: [MetadataField]

    func violations(by subject: PolicySubject, now: Date) -> [PolicyViolation] {
        let spec = subject.model.spec
        return fields.compactMap { field in
            switch field {
            case .owner where spec.owner?.isEmpty ?? true:
                violation("spec.owner is not set: name the team that owns the model")
            case .modelCard where spec.modelCard?.isEmpty ?? true:
                violation("spec.modelCard is not set: link the model card")
            case .dataLineage where spec.data == nil:
                violation("spec.data is not set: give the training data's uri and version")
            case .dataLineage where spec.data?.version?.isEmpty ?? true:
                violation("spec.data.version is not set: pin the training data's version (a DVC/LakeFS ref or a digest)")
            default:
                nil
            }
        }
    }

    private func violation(_ message: String) -> PolicyViolation {
        PolicyViolation(rule: .requiredMetadata, message: message)
    }
}
