import BatonAPI

/// Canary: the candidate takes each step's weight and holds it for the step's pause; a step
/// without a pause holds until a person promotes — but a last step of weight 100 is the
/// promotion itself, with nothing left to hold for.
struct CanarySteps: StrategySteps {
    func steps(of rollout: RolloutSpec) -> [RolloutStep] {
        let steps = rollout.steps ?? []
        return steps.enumerated().map { index, step in
            let hold: RolloutStep.Hold =
                if let pause = step.pause { .pause(pause.duration) }
                else if index == steps.count - 1 && step.weight == 100 { .none }
                else { .untilPromoted }
            return RolloutStep(weight: step.weight, hold: hold)
        }
    }
}
