/// Whether a step may be skipped because an earlier run already did the same work.
public enum StepCachePolicy: String, Codable, Sendable, Hashable, CaseIterable {
    /// Always run.
    case never = "Never"
    /// Skip when a run of this Pipeline already succeeded with the same input hash (the step's
    /// spec and the hashes of the steps it depends on).
    case ifInputsUnchanged = "IfInputsUnchanged"
}
