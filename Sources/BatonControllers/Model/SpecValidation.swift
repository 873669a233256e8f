import BatonAPI

/// Checks of a Model's spec that the CRD schema makes too, repeated here because the planner
/// must not act on a spec that slipped past it (a schema without the rule, an object written
/// before the CRD was updated). Each problem names the field and what to set.
enum SpecValidation {
    /// The first problem that keeps the planner from acting, or `nil`.
    static func problem(in spec: ModelSpec, runtimes: RuntimeTable) -> String? {
        switch (spec.training, spec.artifact) {
        case (nil, nil):
            return "Neither spec.training nor spec.artifact is set: set spec.training to train the model "
                + "or spec.artifact.uri to serve a pre-trained one."
        case (_?, _?):
            return "Both spec.training and spec.artifact are set: keep spec.training to train version "
                + "\(spec.version), or spec.artifact to serve a pre-trained one."
        default:
            break
        }
        if spec.serving.image == nil && runtimes[spec.serving.runtime].image == nil {
            return "Runtime \(spec.serving.runtime.rawValue) has no image of its own: set spec.serving.image "
                + "to the model server's image."
        }
        if let autoscaling = spec.serving.autoscaling, autoscaling.minReplicas > autoscaling.maxReplicas {
            return "spec.serving.autoscaling.minReplicas (\(autoscaling.minReplicas)) is above maxReplicas "
                + "(\(autoscaling.maxReplicas)): lower minReplicas or raise maxReplicas."
        }
        let rollout = spec.rollout
        if rollout.strategy == .shadow, rollout.trafficRouter != .gatewayAPI || rollout.analysis == nil {
            return "spec.rollout.strategy is Shadow, which needs trafficRouter GatewayAPI (to mirror the traffic) and "
                + "spec.rollout.analysis (to judge the candidate): set both, or choose BlueGreen."
        }
        if rollout.trafficRouter == .gatewayAPI, rollout.gatewayRef == nil {
            return "spec.rollout.trafficRouter is GatewayAPI but spec.rollout.gatewayRef is not set: name the Gateway "
                + "the Model's HTTPRoute attaches to."
        }
        if rollout.strategy == .canary, rollout.steps?.isEmpty ?? true {
            return "spec.rollout.strategy is Canary but spec.rollout.steps is empty: give the steps "
                + "(such as [{weight: 20, pause: 5m}, {weight: 100}]) or choose BlueGreen."
        }
        return nil
    }
}
