/// What is serving.
public struct ServingStatus: Codable, Sendable, Hashable {
    /// The version serving most traffic.
    public var stableVersion: String?
    /// The version being rolled out, if any.
    public var canaryVersion: String?
    /// The percentage of traffic the canary gets.
    public var canaryWeight: Int32?
    public var readyReplicas: Int32?
    /// The in-cluster URL of the model server, such as http://fraud-detector.risk.svc:8080.
    public var endpoint: String?

    public init(
        stableVersion: String? = nil, canaryVersion: String? = nil, canaryWeight: Int32? = nil,
        readyReplicas: Int32? = nil, endpoint: String? = nil
    ) {
        self.stableVersion = stableVersion
        self.canaryVersion = canaryVersion
        self.canaryWeight = canaryWeight
        self.readyReplicas = readyReplicas
        self.endpoint = endpoint
    }
}

extension ServingStatus: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "What is serving.",
        properties: [
            "stableVersion": .string("The version serving most traffic."),
            "canaryVersion": .string("The version being rolled out, if any."),
            "canaryWeight": .integer("The percentage of traffic the canary gets.", minimum: 0, maximum: 100),
            "readyReplicas": .integer("Ready server pods, all versions together.", minimum: 0),
            "endpoint": .string("The in-cluster URL of the model server, such as http://fraud-detector.risk.svc:8080."),
        ])
}
