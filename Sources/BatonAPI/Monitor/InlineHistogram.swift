/// A reference histogram written in the Monitor.
public struct InlineHistogram: Codable, Sendable, Hashable {
    public var buckets: [HistogramBucket]

    public init(buckets: [HistogramBucket]) {
        self.buckets = buckets
    }
}

extension InlineHistogram: SchemaDescribed {
    /// A histogram stored in a ConfigMap key has the same shape, as JSON.
    public static let openAPISchema = OpenAPISchema.object(
        "A histogram written here.", required: ["buckets"],
        properties: [
            "buckets": .array(
                "The buckets, by increasing upper bound.", of: HistogramBucket.openAPISchema, minItems: 2, maxItems: 200),
        ])
}
