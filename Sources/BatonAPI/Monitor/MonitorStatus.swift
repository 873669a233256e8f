import KubeCore

/// The observed state of a Monitor.
public struct MonitorStatus: Codable, Sendable, Hashable {
    public var observedGeneration: Int64?
    /// `Healthy`, `Degraded`, `DriftDetected`.
    public var conditions: [Condition]?
    /// When an evaluation last changed this status. Evaluations that change nothing are not
    /// written (the values that move every interval are the operator's
    /// `baton_monitor_check_value` and `baton_monitor_drift_score` metrics).
    public var lastEvaluationTime: KubeTime?
    /// The stable Model version the last evaluation measured.
    public var modelVersion: String?
    public var metrics: [MetricResult]?
    /// One result per drift check; the value is the score.
    public var drift: [MetricResult]?

    public init(
        observedGeneration: Int64? = nil, conditions: [Condition]? = nil, lastEvaluationTime: KubeTime? = nil,
        modelVersion: String? = nil, metrics: [MetricResult]? = nil, drift: [MetricResult]? = nil
    ) {
        self.observedGeneration = observedGeneration
        self.conditions = conditions
        self.lastEvaluationTime = lastEvaluationTime
        self.modelVersion = modelVersion
        self.metrics = metrics
        self.drift = drift
    }
}

extension MonitorStatus: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "The observed state of the Monitor.",
        properties: [
            "observedGeneration": .observedGeneration,
            "conditions": .conditions(
                "Healthy (every metric within its thresholds), Degraded (some metric outside) and DriftDetected."),
            "lastEvaluationTime": .dateTime(
                "When an evaluation last changed this status; evaluations that change nothing are not written (the "
                    + "operator's baton_monitor_* metrics carry the values of every evaluation)."),
            "modelVersion": .string("The stable Model version the last evaluation measured."),
            "metrics": MetricResult.listSchema(
                "Each metric check's result per served version, as of the last change of a verdict."),
            "drift": MetricResult.listSchema(
                "Each drift check's result per served version, as of the last change of a verdict; the value is the score."),
        ])
}
