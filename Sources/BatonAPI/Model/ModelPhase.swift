/// Where a Model stands, at a glance (`kubectl get models`). Conditions carry the detail and
/// are what automation should read.
public enum ModelPhase: String, Codable, Sendable, Hashable, CaseIterable {
    /// Nothing done yet for the desired version.
    case pending = "Pending"
    case training = "Training"
    /// Held by an enforced Policy; the conditions say why.
    case gated = "Gated"
    case rollingOut = "RollingOut"
    /// The desired version serves all traffic.
    case serving = "Serving"
    /// The desired version failed its analysis and traffic went back to the stable one.
    case rolledBack = "RolledBack"
    case failed = "Failed"
}
