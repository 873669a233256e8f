import KubeCore

/// A step of a run.
public struct StepStatus: Codable, Sendable, Hashable {
    public var name: String
    public var phase: StepPhase
    public var startTime: KubeTime?
    public var completionTime: KubeTime?
    /// Tries started, retries included.
    public var attempts: Int32?
    /// The hash of the step's inputs, for `IfInputsUnchanged` caching.
    public var inputHash: String?
    /// Whether the step was skipped because an earlier run had the same inputs.
    public var cached: Bool?
    public var jobRef: LocalObjectReference?
    public var message: String?

    public init(
        name: String, phase: StepPhase, startTime: KubeTime? = nil, completionTime: KubeTime? = nil,
        attempts: Int32? = nil, inputHash: String? = nil, cached: Bool? = nil, jobRef: LocalObjectReference? = nil,
        message: String? = nil
    ) {
        self.name = name
        self.phase = phase
        self.startTime = startTime
        self.completionTime = completionTime
        self.attempts = attempts
        self.inputHash = inputHash
        self.cached = cached
        self.jobRef = jobRef
        self.message = message
    }
}

extension StepStatus: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "A step of the run.", required: ["name", "phase"],
        properties: [
            "name": .string("The step's name."),
            "phase": .string("Pending, Running, Succeeded, Failed or Skipped (a dependency failed).", enum: StepPhase.self),
            "startTime": .dateTime("When the step started."),
            "completionTime": .dateTime("When the step finished."),
            "attempts": .integer("Tries started, retries included.", minimum: 0),
            "inputHash": .string("The hash of the step's inputs, for IfInputsUnchanged caching."),
            "cached": .boolean("Whether the step was skipped because an earlier run had the same inputs."),
            "jobRef": LocalObjectReference.openAPISchema.withDescription("The Job of the last try."),
            "message": .string("What happened, for humans."),
        ])
}
