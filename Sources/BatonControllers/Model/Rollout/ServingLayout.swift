import BatonAPI

/// Which versions run, with how many pods each, and where traffic goes: what the serving
/// children follow. Decided from the desired version, the stable one and the rollout between
/// them.
struct ServingLayout: Sendable, Hashable {
    /// The pods of the desired version.
    enum DesiredPods: Sendable, Hashable {
        /// As the serving spec says: its replica count, or its autoscaler's bounds.
        case spec
        /// A rollout step's count (an autoscaler, if any, pinned to it).
        case step(Int32)
        /// Its Deployment kept with no pods (a rolled-back candidate).
        case zero
    }

    /// The pods of the other version still running (the stable one during a rollout, the
    /// replaced one until its scale-down time). Its pod template is that version's, written
    /// under an older spec: only its count is ever changed.
    enum KeptPods: Sendable, Hashable {
        case asTheyAre
        /// Scaled to a rollout step's count (0 when a Recreate candidate replaces it).
        case scaled(Int32)
        /// Back to the serving spec's count (or its autoscaler) after a rollout took pods away.
        case restored
    }

    struct Desired: Sendable, Hashable {
        var version: String
        var pods: DesiredPods
    }

    struct Canary: Sendable, Hashable {
        var version: String
        var weight: Int32
    }

    /// The Model's HTTPRoute (GatewayAPI router).
    struct Route: Sendable, Hashable {
        /// The version taking the traffic the canary does not.
        var primary: String
        var canary: String?
        /// The canary's weight.
        var weight: Int32 = 0
        /// The canary gets a mirrored copy of the traffic rather than a share (shadow).
        var mirror = false
    }

    struct Kept: Sendable, Hashable {
        var version: String
        var pods: KeptPods
    }

    /// `status.serving.stableVersion`.
    var stable: String?
    /// The candidate and its share of traffic now, for `status.serving`.
    var canary: Canary?
    /// Nil while the desired version has no artifact.
    var desired: Desired?
    var kept: Kept?
    /// What the Model's Service selects; nil when nothing serves.
    var selection: ModelServiceManifest.Selection?
    /// The version the preview Service selects.
    var preview: String?
    /// Nil without the GatewayAPI router (or with nothing serving yet).
    var route: Route?
}
