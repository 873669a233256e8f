/// A violation a Monitor reports, named after the condition it sets.
public enum MonitorSignal: String, Codable, Sendable, Hashable, CaseIterable {
    /// A metric is outside its thresholds.
    case degraded = "Degraded"
    /// A feature's drift score reached its threshold.
    case driftDetected = "DriftDetected"
}
