/// One key of a ConfigMap or a Secret in the same namespace. Kubernetes has two identical types
/// for this (`ConfigMapKeySelector`, `SecretKeySelector`); the field name (`configMapKeyRef`,
/// `secretKeyRef`) says which kind is meant, so one type serves both.
public struct KeySelector: Codable, Sendable, Hashable {
    /// The ConfigMap or Secret.
    public var name: String
    public var key: String
    /// Whether a missing object or key is allowed (the value is then left unset).
    public var optional: Bool?

    public init(name: String, key: String, optional: Bool? = nil) {
        self.name = name
        self.key = key
        self.optional = optional
    }
}

extension KeySelector: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "A key of a ConfigMap or Secret in the same namespace.", required: ["name", "key"],
        properties: [
            "name": ObjectName.schema("The name of the ConfigMap or Secret."),
            "key": .string("The key to select.", pattern: "^[-._a-zA-Z0-9]+$", minLength: 1, maxLength: 253),
            "optional": .boolean("Whether the ConfigMap or Secret and its key may be missing."),
        ])
}
