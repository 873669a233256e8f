import BatonAPI
import Foundation
import KubeCore
import PolicyEngine

/// The gate between training and rollout: the Policies selecting a Model judge the version
/// about to roll out (`PolicyEngine`). A violation of an `Enforce` Policy holds it — the stable
/// version keeps serving — and `Audit` Policies' are reported and hold nothing. A version
/// already serving is never held back: its violations are reported.
struct PolicyGate: Sendable, Equatable {
    /// The Policies' findings, by Policy name.
    struct Finding: Sendable, Equatable {
        var policy: String
        var enforcement: Enforcement
        var violations: [PolicyViolation]
    }

    var findings: [Finding]

    /// How often a version held by a closed deployment window is looked at again.
    static let windowRecheck = Duration.seconds(60)

    static func judge(_ policies: [Policy], _ subject: PolicySubject, now: Date) -> PolicyGate {
        let sorted = policies.sorted { ($0.metadata.name ?? "") < ($1.metadata.name ?? "") }
        return PolicyGate(findings: sorted.map { policy in
            Finding(
                policy: policy.metadata.name ?? "", enforcement: policy.spec.enforcement,
                violations: PolicyEngine.violations(of: policy.spec, by: subject, now: now))
        })
    }

    /// Whether an `Enforce` Policy holds the version.
    var blocks: Bool { findings.contains { $0.enforcement == .enforce && !$0.violations.isEmpty } }

    /// Whether a closed deployment window is among what holds it: it may open by itself.
    var waitsForAWindow: Bool {
        findings.contains { $0.enforcement == .enforce && $0.violations.contains { $0.rule == .deploymentWindows } }
    }

    /// The `PolicyCompliant` condition, for the version judged; nil without Policies. A version
    /// not trained yet is judged once it is: its metrics are not known before.
    func condition(version: String, serving: Bool, trained: Bool) -> (status: ConditionStatus, reason: String, message: String)? {
        guard !findings.isEmpty else { return nil }
        guard trained || serving else {
            let names = findings.map(\.policy).joined(separator: ", ")
            return (.unknown, Reason.pending, "Version \(version) is judged by \(findings.count == 1 ? "Policy" : "Policies") \(names) once it is trained.")
        }
        let violating = findings.filter { !$0.violations.isEmpty }
        guard !violating.isEmpty else {
            let names = findings.map(\.policy).joined(separator: ", ")
            return (.true, Reason.compliant, "Version \(version) complies with \(findings.count == 1 ? "Policy" : "Policies") \(names).")
        }
        let described = violating.map(Self.describe).joined(separator: " ")
        if blocks, !serving {
            return (.false, Reason.blocked, "Version \(version) is held: \(described)")
        }
        let reason = violating.contains { $0.enforcement == .enforce } ? Reason.servingVersionViolates : Reason.auditViolations
        let note = serving ? " It serves already and is not held back." : " Audit only: nothing is held."
        return (.false, reason, "Version \(version) breaks Policy rules: \(described)\(note)")
    }

    private static func describe(_ finding: Finding) -> String {
        "Policy \(finding.policy) (\(finding.enforcement.rawValue)): "
            + finding.violations.map { "\($0.rule.rawValue): \($0.message)" }.joined(separator: "; ") + "."
    }

    enum Reason {
        static let compliant = "Compliant"
        /// The version is not trained yet.
        static let pending = "Pending"
        /// An Enforce Policy holds the version before its rollout.
        static let blocked = "PolicyViolation"
        static let auditViolations = "AuditViolations"
        /// A Policy changed after the version started serving.
        static let servingVersionViolates = "ServingVersionViolates"
    }
}
