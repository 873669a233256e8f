import KubeCore

/// One decision about one version, in the Model's audit trail.
public struct VersionHistoryEntry: Codable, Sendable, Hashable {
    public var version: String
    public var outcome: VersionOutcome
    public var time: KubeTime
    /// A CamelCase word, as a condition's reason.
    public var reason: String?
    public var message: String?
    /// The version's artifact, on Promoted entries: what a rollback serves again.
    public var artifact: ModelArtifact?

    public init(
        version: String, outcome: VersionOutcome, time: KubeTime, reason: String? = nil, message: String? = nil,
        artifact: ModelArtifact? = nil
    ) {
        self.version = version
        self.outcome = outcome
        self.time = time
        self.reason = reason
        self.message = message
        self.artifact = artifact
    }
}

extension VersionHistoryEntry: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "A decision about a version.", required: ["version", "outcome", "time"],
        properties: [
            "version": .string("The version decided on."),
            "outcome": .string("What became of it: Gated, Promoted, RolledBack or Failed.", enum: VersionOutcome.self),
            "time": .dateTime("When it was decided."),
            "reason": .string("Why, as one CamelCase word."),
            "message": .string("Why, for humans."),
            "artifact": ModelArtifact.openAPISchema.withDescription(
                "The version's artifact, on Promoted entries: what a rollback serves again."),
        ])
}
