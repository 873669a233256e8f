import BatonAPI

/// Recreate: the stable version's pods go first, then the candidate comes up with all the
/// traffic (downtime between) and is judged there; a failed analysis brings the stable back.
struct RecreateSteps: StrategySteps {
    func steps(of rollout: RolloutSpec) -> [RolloutStep] {
        [RolloutStep(weight: 100, hold: .none, replacesStable: true)]
    }
}
