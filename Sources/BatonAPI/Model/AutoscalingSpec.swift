/// Horizontal autoscaling of the served pods, through a HorizontalPodAutoscaler on CPU.
public struct AutoscalingSpec: Sendable, Hashable {
    public var minReplicas: Int32
    public var maxReplicas: Int32
    /// Target average CPU use, as a percentage of the pods' CPU request.
    public var targetCPUUtilizationPercentage: Int32

    /// The HorizontalPodAutoscaler's own defaults.
    public static let defaultMinReplicas: Int32 = 1
    public static let defaultTargetCPUUtilizationPercentage: Int32 = 80

    public init(
        minReplicas: Int32 = defaultMinReplicas, maxReplicas: Int32,
        targetCPUUtilizationPercentage: Int32 = defaultTargetCPUUtilizationPercentage
    ) {
        self.minReplicas = minReplicas
        self.maxReplicas = maxReplicas
        self.targetCPUUtilizationPercentage = targetCPUUtilizationPercentage
    }
}

extension AutoscalingSpec: Codable {
    private enum CodingKeys: String, CodingKey {
        case minReplicas, maxReplicas, targetCPUUtilizationPercentage
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        minReplicas = try container.decode(.minReplicas, default: Self.defaultMinReplicas)
        maxReplicas = try container.decode(Int32.self, forKey: .maxReplicas)
        targetCPUUtilizationPercentage = try container.decode(
            .targetCPUUtilizationPercentage, default: Self.defaultTargetCPUUtilizationPercentage)
    }
}

extension AutoscalingSpec: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "Autoscaling of the served pods by CPU, through a HorizontalPodAutoscaler; replaces serving.replicas.",
        required: ["maxReplicas"],
        properties: [
            "minReplicas": .integer("The fewest pods.", minimum: 1).defaulted(defaultMinReplicas),
            "maxReplicas": .integer("The most pods.", minimum: 1),
            "targetCPUUtilizationPercentage": .integer(
                "The average CPU use to keep, as a percentage of the pods' CPU request (may exceed 100).", minimum: 1
            ).defaulted(defaultTargetCPUUtilizationPercentage),
        ]
    ).rule("self.minReplicas <= self.maxReplicas", message: "minReplicas must not exceed maxReplicas")
}
