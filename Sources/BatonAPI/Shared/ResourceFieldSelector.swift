import KubeCore

/// A resource request or limit of a container, for an environment variable (Kubernetes'
/// `ResourceFieldSelector`): `limits.cpu`, `requests.memory`.
public struct ResourceFieldSelector: Codable, Sendable, Hashable {
    /// The container; the one the variable belongs to when absent.
    public var containerName: String?
    public var resource: String
    /// The unit the value is expressed in (`1Mi` gives memory in mebibytes); `1` when absent.
    public var divisor: Quantity?

    public init(containerName: String? = nil, resource: String, divisor: Quantity? = nil) {
        self.containerName = containerName
        self.resource = resource
        self.divisor = divisor
    }
}

extension ResourceFieldSelector: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "A resource request or limit of a container, such as limits.cpu.", required: ["resource"],
        properties: [
            "containerName": .string("The container; the one the variable belongs to when absent."),
            "resource": .string("The resource, such as limits.cpu or requests.memory.", minLength: 1),
            "divisor": .quantity("The unit the value is given in, such as 1Mi; 1 when absent."),
        ])
}
