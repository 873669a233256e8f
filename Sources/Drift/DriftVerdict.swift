/// What a drift check concludes.
public enum DriftVerdict: Sendable, Hashable {
    /// The score reached the threshold.
    case drift
    /// The score stayed below the threshold.
    case noDrift
    /// No score could be trusted: no data, too few samples, or an empty reference. Never to be
    /// read as a pass: the check has not shown that nothing drifted.
    case inconclusive(reason: String)
}
