/// A reference histogram taken from what training reported.
public struct TrainingHistogramSource: Codable, Sendable, Hashable {
    /// The histogram's name in the training run's termination message; the drift check's
    /// name when absent.
    public var histogram: String?

    public init(histogram: String? = nil) {
        self.histogram = histogram
    }
}

extension TrainingHistogramSource: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "The histogram the serving version's training run reported in its termination message "
            + "({\"histograms\": {\"<name>\": {\"buckets\": [...]}}}).",
        properties: [
            "histogram": .string("Its name in the termination message; the drift check's name when absent.", minLength: 1),
        ])
}
