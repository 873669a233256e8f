/// What happens when a run is due while another runs (as a CronJob's `concurrencyPolicy`).
public enum ConcurrencyPolicy: String, Codable, Sendable, Hashable, CaseIterable {
    case allow = "Allow"
    /// The new run is skipped.
    case forbid = "Forbid"
    /// The running run is stopped and the new one starts.
    case replace = "Replace"
}
