/// One rule a Model broke.
public struct PolicyViolation: Codable, Sendable, Hashable {
    public var rule: PolicyRule
    /// What is wrong and what to do, for humans.
    public var message: String

    public init(rule: PolicyRule, message: String) {
        self.rule = rule
        self.message = message
    }
}

extension PolicyViolation: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "A rule the Model broke.", required: ["rule", "message"],
        properties: [
            "rule": .string("The rule, named after its spec field.", enum: PolicyRule.self),
            "message": .string("What is wrong and what to do."),
        ])
}
