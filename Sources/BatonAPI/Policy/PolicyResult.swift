import KubeCore

/// How one Model fared against the Policy (like a PolicyReport's result).
public struct PolicyResult: Codable, Sendable, Hashable {
    public var modelRef: LocalObjectReference
    /// The Model's `spec.version` evaluated.
    public var version: String
    public var result: ComplianceResult
    public var violations: [PolicyViolation]?
    public var time: KubeTime

    public init(
        modelRef: LocalObjectReference, version: String, result: ComplianceResult, violations: [PolicyViolation]? = nil,
        time: KubeTime
    ) {
        self.modelRef = modelRef
        self.version = version
        self.result = result
        self.violations = violations
        self.time = time
    }
}

extension PolicyResult: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "How one Model fared.", required: ["modelRef", "version", "result", "time"],
        properties: [
            "modelRef": LocalObjectReference.openAPISchema.withDescription("The Model."),
            "version": .string("The Model's spec.version evaluated."),
            "result": .string("Pass or Fail.", enum: ComplianceResult.self),
            "violations": .array("The rules broken.", of: PolicyViolation.openAPISchema),
            "time": .dateTime("When it was evaluated."),
        ])
}
