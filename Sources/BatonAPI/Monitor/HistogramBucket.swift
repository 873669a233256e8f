/// One bucket of a reference histogram.
public struct HistogramBucket: Codable, Sendable, Hashable {
    /// The inclusive upper bound, a decimal number or `+Inf` (Prometheus' `le`).
    public var upperBound: String
    /// Observations in this bucket alone, not cumulative.
    public var count: Int64

    public init(upperBound: String, count: Int64) {
        self.upperBound = upperBound
        self.count = count
    }
}

extension HistogramBucket: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "A bucket of the histogram.", required: ["upperBound", "count"],
        properties: [
            "upperBound": .string(
                "The inclusive upper bound: a decimal number, or +Inf for the last bucket (Prometheus' le).",
                pattern: #"^([+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?|\+Inf)$"#),
            "count": .integer("Observations in this bucket alone, not cumulative.", format: .int64, minimum: 0),
        ])
}
