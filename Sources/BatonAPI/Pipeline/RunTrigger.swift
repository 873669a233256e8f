/// What started a run.
public enum RunTrigger: String, Codable, Sendable, Hashable, CaseIterable {
    case schedule = "Schedule"
    /// A new value of the run-request annotation.
    case manual = "Manual"
    case monitor = "Monitor"
}
