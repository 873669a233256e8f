import KubeCore

/// The compute resources of a container, in Kubernetes' shape: `requests` reserve,
/// `limits` cap, each a map from resource name (`cpu`, `memory`, `nvidia.com/gpu`) to quantity.
public struct ResourceRequirements: Codable, Sendable, Hashable {
    public var limits: [String: Quantity]?
    public var requests: [String: Quantity]?

    public init(limits: [String: Quantity]? = nil, requests: [String: Quantity]? = nil) {
        self.limits = limits
        self.requests = requests
    }
}

extension ResourceRequirements: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "Compute resources of the container, as in a Pod.",
        properties: [
            "limits": .map(
                "The most of each resource the container may use, such as cpu: 2 or nvidia.com/gpu: 1.",
                values: .quantity("An amount of the resource.")),
            "requests": .map(
                "The amount of each resource reserved for the container, such as memory: 4Gi.",
                values: .quantity("An amount of the resource.")),
        ])
}
