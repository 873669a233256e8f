/// What a rollout does when its analysis fails (the draft's `autoRollback: true|false`; API
/// conventions prefer named options to booleans, which tend to grow a third value).
public enum RolloutFailurePolicy: String, Codable, Sendable, Hashable, CaseIterable {
    /// All traffic goes back to the stable version and the Model is RolledBack.
    case rollback = "Rollback"
    /// The rollout holds where it is, for a person to decide.
    case pause = "Pause"
}
