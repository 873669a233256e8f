import KubeCore

/// One run of a Pipeline.
public struct PipelineRun: Codable, Sendable, Hashable {
    /// Unique among the Pipeline's runs; names the run's Jobs.
    public var name: String
    public var trigger: RunTrigger
    public var phase: RunPhase
    public var startTime: KubeTime?
    public var completionTime: KubeTime?
    public var message: String?
    public var steps: [StepStatus]?

    public init(
        name: String, trigger: RunTrigger, phase: RunPhase, startTime: KubeTime? = nil,
        completionTime: KubeTime? = nil, message: String? = nil, steps: [StepStatus]? = nil
    ) {
        self.name = name
        self.trigger = trigger
        self.phase = phase
        self.startTime = startTime
        self.completionTime = completionTime
        self.message = message
        self.steps = steps
    }
}

extension PipelineRun: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "A run of the Pipeline.", required: ["name", "trigger", "phase"],
        properties: [
            "name": .string("Unique among the Pipeline's runs; names the run's Jobs."),
            "trigger": .string("What started it: Schedule, Manual or Monitor.", enum: RunTrigger.self),
            "phase": .string("Pending, Running, Succeeded or Failed.", enum: RunPhase.self),
            "startTime": .dateTime("When the run started."),
            "completionTime": .dateTime("When the run finished."),
            "message": .string("What happened, for humans."),
            "steps": .array("The run's steps.", of: StepStatus.openAPISchema, listType: .map(keys: ["name"])),
        ])
}
