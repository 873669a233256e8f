import KubeCore

/// The observed state of a Policy.
public struct PolicyStatus: Codable, Sendable, Hashable {
    public var observedGeneration: Int64?
    /// `Ready`: the Policy is valid and has been evaluated.
    public var conditions: [Condition]?
    public var summary: PolicySummary?
    /// One result per selected Model, violating ones first, at most `resultsLimit`.
    public var results: [PolicyResult]?

    /// Keeps the object small when a Policy selects many Models; `summary` still counts all.
    public static let resultsLimit = 100

    public init(
        observedGeneration: Int64? = nil, conditions: [Condition]? = nil, summary: PolicySummary? = nil,
        results: [PolicyResult]? = nil
    ) {
        self.observedGeneration = observedGeneration
        self.conditions = conditions
        self.summary = summary
        self.results = results
    }
}

extension PolicyStatus: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "The observed state of the Policy: the audit trail of its decisions.",
        properties: [
            "observedGeneration": .observedGeneration,
            "conditions": .conditions("Ready (the Policy is valid and has been evaluated)."),
            "summary": PolicySummary.openAPISchema,
            "results": .array(
                "One result per selected Model, violating ones first; at most \(resultsLimit).",
                of: PolicyResult.openAPISchema, maxItems: resultsLimit),
        ])
}
