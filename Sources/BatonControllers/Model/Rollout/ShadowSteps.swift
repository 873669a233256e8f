import BatonAPI

/// Shadow: the candidate runs whole and receives a mirrored copy of every request through the
/// HTTPRoute, its answers dropped, until the analysis — the Monitor's checks and its predictions
/// against the stable version's — passes; then it takes all traffic at once.
struct ShadowSteps: StrategySteps {
    func steps(of rollout: RolloutSpec) -> [RolloutStep] {
        [RolloutStep(weight: 0, hold: .none, mirror: true)]
    }
}
