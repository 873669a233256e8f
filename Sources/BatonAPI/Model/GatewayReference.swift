/// The Gateway an HTTPRoute attaches to (a Gateway API `ParentReference`). Gateways often live
/// in another namespace; Gateway API's `allowedRoutes` is the Gateway owner's consent to that.
public struct GatewayReference: Codable, Sendable, Hashable {
    public var name: String
    /// The Gateway's namespace; the Model's when absent.
    public var namespace: String?
    /// One listener of the Gateway; all of them when absent.
    public var sectionName: String?

    public init(name: String, namespace: String? = nil, sectionName: String? = nil) {
        self.name = name
        self.namespace = namespace
        self.sectionName = sectionName
    }
}

extension GatewayReference: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "The Gateway that the Model's HTTPRoute attaches to.", required: ["name"],
        properties: [
            "name": ObjectName.schema("The Gateway's name."),
            "namespace": .string(
                "The Gateway's namespace; the Model's when absent. The Gateway's allowedRoutes must admit it.",
                pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", maxLength: 63),
            "sectionName": .string("A listener of the Gateway; all of its listeners when absent.", minLength: 1, maxLength: 253),
        ])
}
