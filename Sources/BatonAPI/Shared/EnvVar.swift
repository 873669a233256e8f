/// An environment variable of a container, in Kubernetes' shape: a literal `value` or a
/// `valueFrom` source.
public struct EnvVar: Codable, Sendable, Hashable {
    public var name: String
    public var value: String?
    public var valueFrom: EnvVarSource?

    public init(name: String, value: String? = nil, valueFrom: EnvVarSource? = nil) {
        self.name = name
        self.value = value
        self.valueFrom = valueFrom
    }
}

extension EnvVar: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "An environment variable.", required: ["name"],
        properties: [
            "name": .string("The variable's name.", minLength: 1),
            "value": .string("The value; $(NAME) expands another variable of the container."),
            "valueFrom": EnvVarSource.openAPISchema,
        ]
    ).rule("!has(self.value) || !has(self.valueFrom)", message: "value and valueFrom are mutually exclusive")

    /// The schema of an `env` list: merged by name, as Kubernetes merges a container's `env`.
    /// Bounded (Kubernetes' is not) because the API server refuses a CRD whose CEL rules could
    /// cost too much on the largest object it can imagine, and env lists sit inside lists.
    static let listSchema = OpenAPISchema.array(
        "Environment variables of the container.", of: openAPISchema, listType: .map(keys: ["name"]), maxItems: 256)
}
