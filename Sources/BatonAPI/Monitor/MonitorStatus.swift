import KubeCore

/// The observed state of a Monitor.
public struct MonitorStatus: Codable, Sendable, Hashable {
    public var observedGeneration: Int64?
    /// `Healthy`, `Degraded`, `DriftDetected`.
    public var conditions: [Condition]?
    public var lastEvaluationTime: KubeTime?
    /// The Model version the last evaluation measured.
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
            "lastEvaluationTime": .dateTime("When the checks last ran."),
            "modelVersion": .string("The Model version the last evaluation measured."),
            "metrics": MetricResult.listSchema("The last result of each metric check."),
            "drift": MetricResult.listSchema("The last result of each drift check; the value is the score."),
        ])
}
