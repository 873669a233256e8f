import BatonAPI
import Foundation

/// Judges one Model version against one Policy's rules: each rule present is a check, and
/// the result is every violation, each naming its rule and saying what to fix. Pure (the time
/// is `now`), so the operator's gate and `baton validate` judge alike.
public enum PolicyEngine {
    public static func violations(of policy: PolicySpec, by subject: PolicySubject, now: Date) -> [PolicyViolation] {
        checks(of: policy).flatMap { $0.violations(by: subject, now: now) }
    }

    /// The checks a Policy's rules make, in the order of its fields.
    static func checks(of policy: PolicySpec) -> [any PolicyCheck] {
        var checks: [any PolicyCheck] = []
        if let fields = policy.requiredMetadata { checks.append(RequiredMetadataCheck(fields: fields)) }
        if let registries = policy.allowedImageRegistries { checks.append(ImageRegistryCheck(allowed: registries)) }
        if let prefixes = policy.allowedArtifactURIPrefixes { checks.append(ArtifactPrefixCheck(allowed: prefixes)) }
        if let metrics = policy.evaluationMetrics { checks.append(EvaluationMetricsCheck(requirements: metrics)) }
        if let approval = policy.approval { checks.append(ApprovalCheck(rule: approval)) }
        if let windows = policy.deploymentWindows { checks.append(DeploymentWindowCheck(windows: windows)) }
        if let ceilings = policy.resourceCeilings { checks.append(ResourceCeilingCheck(ceilings: ceilings)) }
        return checks
    }
}

/// One rule of a Policy, judging a version.
protocol PolicyCheck: Sendable {
    func violations(by subject: PolicySubject, now: Date) -> [PolicyViolation]
}
