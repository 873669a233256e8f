/// What became of a version, for the Model's history.
public enum VersionOutcome: String, Codable, Sendable, Hashable, CaseIterable {
    /// Blocked by an enforced Policy.
    case gated = "Gated"
    /// Became the stable version.
    case promoted = "Promoted"
    /// Failed its analysis; traffic went back to the stable version.
    case rolledBack = "RolledBack"
    /// Training or the rollout failed.
    case failed = "Failed"
}
