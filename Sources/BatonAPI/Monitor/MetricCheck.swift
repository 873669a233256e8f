/// A PromQL query whose value must stay within thresholds.
public struct MetricCheck: Codable, Sendable, Hashable {
    public var name: String
    /// PromQL with `{{model}}`, `{{namespace}}` and `{{version}}` replaced; must give one
    /// sample.
    public var query: String
    public var thresholdRange: ThresholdRange

    public init(name: String, query: String, thresholdRange: ThresholdRange) {
        self.name = name
        self.query = query
        self.thresholdRange = thresholdRange
    }
}

extension MetricCheck: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "A Prometheus query whose value must stay within thresholds.", required: ["name", "query", "thresholdRange"],
        properties: [
            "name": .string("Unique in the Monitor, such as latency_p99.", minLength: 1, maxLength: 63),
            "query": .string(
                "PromQL giving one sample; {{model}}, {{namespace}} and {{version}} are replaced (the canary's version "
                    + "during a rollout's analysis).", minLength: 1),
            "thresholdRange": ThresholdRange.openAPISchema,
        ])
}
