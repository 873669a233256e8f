/// Where a step of a run stands.
public enum StepPhase: String, Codable, Sendable, Hashable, CaseIterable {
    case pending = "Pending"
    case running = "Running"
    /// Done, or skipped because its inputs were unchanged (`cached`).
    case succeeded = "Succeeded"
    case failed = "Failed"
    /// Not run because a step it depends on failed.
    case skipped = "Skipped"
}
