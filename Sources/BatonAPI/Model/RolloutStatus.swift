import KubeCore

/// Progress of the rollout under way.
public struct RolloutStatus: Codable, Sendable, Hashable {
    /// The index in `spec.rollout.steps` of the current step.
    public var step: Int32?
    public var stepStartTime: KubeTime?
    /// The last evaluation of the analysis, one result per metric.
    public var analysis: [MetricResult]?
    /// Failed evaluations so far, against `spec.rollout.analysis.failureLimit`.
    public var analysisFailures: Int32?

    public init(
        step: Int32? = nil, stepStartTime: KubeTime? = nil, analysis: [MetricResult]? = nil, analysisFailures: Int32? = nil
    ) {
        self.step = step
        self.stepStartTime = stepStartTime
        self.analysis = analysis
        self.analysisFailures = analysisFailures
    }
}

extension RolloutStatus: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "Progress of the rollout under way.",
        properties: [
            "step": .integer("The index in spec.rollout.steps of the current step.", minimum: 0),
            "stepStartTime": .dateTime("When the current step started; its pause counts from here."),
            "analysis": MetricResult.listSchema("The last evaluation of the analysis, one result per metric."),
            "analysisFailures": .integer(
                "Failed evaluations so far, against spec.rollout.analysis.failureLimit.", minimum: 0),
        ])
}
