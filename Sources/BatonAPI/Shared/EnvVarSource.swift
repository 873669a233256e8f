/// Where an environment variable's value comes from (Kubernetes' `EnvVarSource`): exactly one
/// of the fields is set.
public struct EnvVarSource: Codable, Sendable, Hashable {
    public var fieldRef: ObjectFieldSelector?
    public var resourceFieldRef: ResourceFieldSelector?
    public var configMapKeyRef: KeySelector?
    public var secretKeyRef: KeySelector?

    public init(
        fieldRef: ObjectFieldSelector? = nil, resourceFieldRef: ResourceFieldSelector? = nil,
        configMapKeyRef: KeySelector? = nil, secretKeyRef: KeySelector? = nil
    ) {
        self.fieldRef = fieldRef
        self.resourceFieldRef = resourceFieldRef
        self.configMapKeyRef = configMapKeyRef
        self.secretKeyRef = secretKeyRef
    }
}

extension EnvVarSource: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "Where the value comes from: exactly one of fieldRef, resourceFieldRef, configMapKeyRef, secretKeyRef.",
        properties: [
            "fieldRef": ObjectFieldSelector.openAPISchema,
            "resourceFieldRef": ResourceFieldSelector.openAPISchema,
            "configMapKeyRef": KeySelector.openAPISchema.withDescription("A key of a ConfigMap in the same namespace."),
            "secretKeyRef": KeySelector.openAPISchema.withDescription("A key of a Secret in the same namespace."),
        ]
    ).requiringExactlyOne(of: ["fieldRef", "resourceFieldRef", "configMapKeyRef", "secretKeyRef"])
}
