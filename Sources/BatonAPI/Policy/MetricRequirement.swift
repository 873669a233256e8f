/// Bounds on an evaluation metric that training reported.
public struct MetricRequirement: Codable, Sendable, Hashable {
    /// The metric's name in the training run's report, such as accuracy.
    public var name: String
    public var thresholdRange: ThresholdRange

    public init(name: String, thresholdRange: ThresholdRange) {
        self.name = name
        self.thresholdRange = thresholdRange
    }
}

extension MetricRequirement: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "Bounds on an evaluation metric the training run reported; a missing metric is a violation.",
        required: ["name", "thresholdRange"],
        properties: [
            "name": .string("The metric's name in the report, such as accuracy or fairness_gap.", minLength: 1),
            "thresholdRange": ThresholdRange.openAPISchema,
        ])
}
