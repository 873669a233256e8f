import KubeCore

/// Limits on what a Model may run.
public struct ResourceCeilings: Codable, Sendable, Hashable {
    /// The most serving pods (`serving.replicas`, `autoscaling.maxReplicas`) and training
    /// workers.
    public var maxReplicas: Int32?
    /// The most of each resource one pod may request or be limited to, such as
    /// `nvidia.com/gpu: 1`.
    public var maxResourcesPerPod: [String: Quantity]?

    public init(maxReplicas: Int32? = nil, maxResourcesPerPod: [String: Quantity]? = nil) {
        self.maxReplicas = maxReplicas
        self.maxResourcesPerPod = maxResourcesPerPod
    }
}

extension ResourceCeilings: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "Limits on what the Model may run.",
        properties: [
            "maxReplicas": .integer(
                "The most serving pods (serving.replicas, autoscaling.maxReplicas) and training workers.", minimum: 0),
            "maxResourcesPerPod": .map(
                "The most of each resource one pod may request or be limited to, such as nvidia.com/gpu: 1.",
                values: .quantity("The ceiling.")),
        ]
    ).requiringAtLeastOne(of: ["maxReplicas", "maxResourcesPerPod"])
}
