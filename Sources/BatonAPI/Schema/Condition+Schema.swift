import KubeCore

extension Condition: SchemaDescribed {
    /// `metav1.Condition` as controller-gen describes it, with the API server's own limits.
    public static let openAPISchema = OpenAPISchema.object(
        "An observation of one aspect of the object's state.",
        required: ["type", "status", "lastTransitionTime", "reason", "message"],
        properties: [
            "type": .string(
                "The aspect observed, in CamelCase, such as Ready.",
                pattern: #"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])$"#,
                maxLength: 316),
            "status": .string("True, False or Unknown.", enum: ConditionStatus.self),
            "observedGeneration": .integer(
                "The metadata.generation the condition was computed from.", format: .int64, minimum: 0),
            "lastTransitionTime": .dateTime("When status last changed."),
            "reason": .string(
                "Why, as one CamelCase word.", pattern: "^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$",
                minLength: 1, maxLength: 1024),
            "message": .string("What happened and what to do, for humans.", maxLength: 32768),
        ])
}

extension OpenAPISchema {
    /// A status's `conditions`: one per type, merged by type.
    static func conditions(_ description: String) -> OpenAPISchema {
        .array(description, of: Condition.openAPISchema, listType: .map(keys: ["type"]))
    }

    /// A status's `observedGeneration`.
    static let observedGeneration = OpenAPISchema.integer(
        "The metadata.generation this status was computed from: status is current when it equals metadata.generation.",
        format: .int64, minimum: 0)
}
