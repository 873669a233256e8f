/// Where a run stands.
public enum RunPhase: String, Codable, Sendable, Hashable, CaseIterable {
    case pending = "Pending"
    case running = "Running"
    case succeeded = "Succeeded"
    /// A step failed past its retries, or the run was replaced.
    case failed = "Failed"
}
