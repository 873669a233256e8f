/// How a new version replaces the serving one.
public enum RolloutStrategy: String, Codable, Sendable, Hashable, CaseIterable {
    /// Traffic moves to the new version by the weights of `steps`.
    case canary = "Canary"
    /// The new version comes up beside the old, is judged, then takes all traffic at once.
    case blueGreen = "BlueGreen"
    /// The old version goes, then the new one comes: downtime, but no second set of pods.
    case recreate = "Recreate"
    /// The new version receives a mirrored copy of the traffic (Gateway API's RequestMirror)
    /// and answers no one; it takes all traffic once judged, its predictions compared with the
    /// stable version's. Needs the GatewayAPI router and an analysis.
    case shadow = "Shadow"
}
