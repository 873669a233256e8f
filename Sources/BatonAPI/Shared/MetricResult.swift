/// The last evaluation of one check for one Model version: a Monitor's query, a drift score,
/// or a canary's analysis.
public struct MetricResult: Codable, Sendable, Hashable {
    public var name: String
    /// The Model version measured.
    public var version: String?
    /// The measured value (a drift check's score); absent when there was none to measure.
    public var value: Double?
    public var verdict: CheckVerdict
    /// What was compared with what, or why there is no value.
    public var message: String?

    public init(name: String, version: String? = nil, value: Double? = nil, verdict: CheckVerdict, message: String? = nil) {
        self.name = name
        self.version = version
        self.value = value
        self.verdict = verdict
        self.message = message
    }
}

extension MetricResult: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "The evaluation of a check for a Model version.", required: ["name", "verdict"],
        properties: [
            "name": .string("The check's name, as in the spec."),
            "version": .string("The Model version measured."),
            "value": .number("The measured value (a drift check's score); absent when there was none to measure."),
            "verdict": .string(
                "Pass, Fail, or Inconclusive (no data, too few samples, Prometheus not answering): never a pass.",
                enum: CheckVerdict.self),
            "message": .string("What was compared with what, or why there is no value."),
        ])

    /// Results written whole by one controller, one per check and version.
    static func listSchema(_ description: String) -> OpenAPISchema {
        .array(description, of: openAPISchema, listType: .atomic)
    }
}
