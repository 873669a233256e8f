import BatonAPI

/// One step of a strategy: how much user traffic the candidate takes, how it is reachable
/// besides, and how long the step holds before the next.
struct RolloutStep: Sendable, Hashable {
    enum Hold: Sendable, Hashable {
        /// Until the pause has passed (and the analysis passes).
        case pause(Duration)
        /// Until a person promotes.
        case untilPromoted
        /// Only until the analysis passes (or the pods are up, without analysis).
        case none
    }

    /// The percentage of user traffic the candidate takes.
    var weight: Int32
    var hold: Hold
    /// The candidate is reachable on the preview Service, for checks and tests (blue-green).
    var preview = false
    /// The stable version's pods go before the candidate's come (recreate).
    var replacesStable = false
    /// The candidate receives a mirrored copy of the traffic instead of a share (shadow).
    var mirror = false
}

/// A rollout strategy as the steps it takes the candidate through; after the last, the
/// candidate takes all traffic and becomes stable.
protocol StrategySteps: Sendable {
    func steps(of rollout: RolloutSpec) -> [RolloutStep]
}

extension RolloutStrategy {
    var definition: any StrategySteps {
        switch self {
        case .canary: CanarySteps()
        case .blueGreen: BlueGreenSteps()
        case .recreate: RecreateSteps()
        case .shadow: ShadowSteps()
        }
    }
}
