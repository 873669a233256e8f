import KubeCore

/// The observed state of a Model.
public struct ModelStatus: Codable, Sendable, Hashable {
    public var phase: ModelPhase?
    public var observedGeneration: Int64?
    /// `Trained`, `PolicyCompliant`, `Progressing`, `Ready`, `Degraded`.
    public var conditions: [Condition]?
    public var training: TrainingStatus?
    /// The artifact of the desired version, trained or given.
    public var artifact: ModelArtifact?
    public var serving: ServingStatus?
    public var rollout: RolloutStatus?
    /// Decisions about versions, oldest first, at most `historyLimit`.
    public var history: [VersionHistoryEntry]?

    /// Enough to see the last few versions' fate, small enough to keep the object small.
    public static let historyLimit = 10

    public init(
        phase: ModelPhase? = nil, observedGeneration: Int64? = nil, conditions: [Condition]? = nil,
        training: TrainingStatus? = nil, artifact: ModelArtifact? = nil, serving: ServingStatus? = nil,
        rollout: RolloutStatus? = nil, history: [VersionHistoryEntry]? = nil
    ) {
        self.phase = phase
        self.observedGeneration = observedGeneration
        self.conditions = conditions
        self.training = training
        self.artifact = artifact
        self.serving = serving
        self.rollout = rollout
        self.history = history
    }

    /// Appends a decision to `history`, dropping the oldest beyond `historyLimit`.
    public mutating func recordHistory(_ entry: VersionHistoryEntry) {
        var entries = history ?? []
        entries.append(entry)
        history = Array(entries.suffix(Self.historyLimit))
    }
}

extension ModelStatus: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "The observed state of the Model.",
        properties: [
            "phase": .string(
                "Where the model stands: Pending, Training, Gated, RollingOut, Serving, RolledBack or Failed.",
                enum: ModelPhase.self),
            "observedGeneration": .observedGeneration,
            "conditions": .conditions(
                "Trained, PolicyCompliant (False with the violations while Gated), Progressing, Ready (the desired "
                    + "version serves all traffic) and Degraded."),
            "training": TrainingStatus.openAPISchema,
            "artifact": ModelArtifact.openAPISchema.withDescription("The artifact of the desired version, trained or given."),
            "serving": ServingStatus.openAPISchema,
            "rollout": RolloutStatus.openAPISchema,
            "history": .array(
                "Decisions about versions, oldest first; the last \(historyLimit) are kept.",
                of: VersionHistoryEntry.openAPISchema, maxItems: historyLimit),
        ])
}
