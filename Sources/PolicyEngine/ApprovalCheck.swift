import BatonAPI
import Foundation

/// `approval`: one of the approvers approved this exact version (the annotations
/// `baton.dev/approved-by` and `baton.dev/approved-version`): approving 2.2.0 does not approve
/// 2.3.0.
struct ApprovalCheck: PolicyCheck {
    let rule: ApprovalRule

    func violations(by subject: PolicySubject, now: Date) -> [PolicyViolation] {
        let annotations = subject.model.metadata.annotations ?? [:]
        let approvers = rule.approvers.joined(separator: ", ")
        let ask = "one of \(approvers) must approve it (kubectl baton approve \(subject.model.metadata.name ?? "MODEL") \(subject.version))"
        guard let approver = annotations[ApprovalRule.approvedByAnnotation], !approver.isEmpty,
            let approved = annotations[ApprovalRule.approvedVersionAnnotation]
        else {
            return [violation("version \(subject.version) is not approved: \(ask)")]
        }
        guard approved == subject.version else {
            return [violation("the approval by \(approver) is for version \(approved), not \(subject.version): \(ask)")]
        }
        guard rule.approvers.contains(approver) else {
            return [violation("\(approver) approved version \(subject.version) but is not an approver (\(approvers))")]
        }
        return []
    }

    private func violation(_ message: String) -> PolicyViolation {
        PolicyViolation(rule: .approval, message: message)
    }
}
