/// The last evaluation of one metric against its thresholds: a Monitor's query, a drift
/// score, or a canary's analysis.
public struct MetricResult: Codable, Sendable, Hashable {
    public var name: String
    /// The measured value; absent when the query returned no sample, or NaN.
    public var value: Double?
    public var passed: Bool
    /// Why it failed, or why there is no value.
    public var message: String?

    public init(name: String, value: Double? = nil, passed: Bool, message: String? = nil) {
        self.name = name
        self.value = value
        self.passed = passed
        self.message = message
    }
}

extension MetricResult: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "The last evaluation of a metric.", required: ["name", "passed"],
        properties: [
            "name": .string("The metric's name, as in the spec."),
            "value": .number("The measured value; absent when the query returned no sample."),
            "passed": .boolean("Whether the value was within its thresholds."),
            "message": .string("Why it failed, or why there is no value."),
        ])

    /// A list of results, one per metric name.
    static func listSchema(_ description: String) -> OpenAPISchema {
        .array(description, of: openAPISchema, listType: .map(keys: ["name"]))
    }
}
