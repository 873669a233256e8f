import BatonAPI

/// Blue-green: the candidate runs whole beside the stable version, behind the preview Service
/// and with no user traffic, until the analysis passes; then all traffic switches at once.
struct BlueGreenSteps: StrategySteps {
    func steps(of rollout: RolloutSpec) -> [RolloutStep] {
        [RolloutStep(weight: 0, hold: .none, preview: true)]
    }
}
