/// A rule of a Policy, named after its `spec` field, for reporting which one a Model broke.
public enum PolicyRule: String, Codable, Sendable, Hashable, CaseIterable {
    case requiredMetadata = "RequiredMetadata"
    case allowedImageRegistries = "AllowedImageRegistries"
    case allowedArtifactURIPrefixes = "AllowedArtifactURIPrefixes"
    case evaluationMetrics = "EvaluationMetrics"
    case approval = "Approval"
    case deploymentWindows = "DeploymentWindows"
    case resourceCeilings = "ResourceCeilings"
}
