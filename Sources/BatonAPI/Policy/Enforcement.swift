/// Whether a Policy blocks the Models that violate it.
public enum Enforcement: String, Codable, Sendable, Hashable, CaseIterable {
    /// A violating version is held at Gated.
    case enforce = "Enforce"
    /// Violations are recorded (Events, history, Policy status) but block nothing.
    case audit = "Audit"
}
