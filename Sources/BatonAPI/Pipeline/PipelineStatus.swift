import KubeCore

/// The observed state of a Pipeline.
public struct PipelineStatus: Codable, Sendable, Hashable {
    public var observedGeneration: Int64?
    /// `Ready` (the spec is valid and its references resolve) and `Running`.
    public var conditions: [Condition]?
    public var lastScheduleTime: KubeTime?
    /// The last value of the run-request annotation that started a run.
    public var lastHandledRunRequest: String?
    /// Runs, newest first: those in progress and the last `spec.runHistoryLimit` finished
    /// ones, never more than `runsLimit` in all.
    public var runs: [PipelineRun]?

    /// Room for the longest history (`PipelineSpec.maximumRunHistoryLimit`) and the runs in
    /// progress beside it, while keeping the object small.
    public static let runsLimit = 64

    public init(
        observedGeneration: Int64? = nil, conditions: [Condition]? = nil, lastScheduleTime: KubeTime? = nil,
        lastHandledRunRequest: String? = nil, runs: [PipelineRun]? = nil
    ) {
        self.observedGeneration = observedGeneration
        self.conditions = conditions
        self.lastScheduleTime = lastScheduleTime
        self.lastHandledRunRequest = lastHandledRunRequest
        self.runs = runs
    }
}

extension PipelineStatus: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "The observed state of the Pipeline.",
        properties: [
            "observedGeneration": .observedGeneration,
            "conditions": .conditions("Ready (the spec is valid and its references resolve) and Running."),
            "lastScheduleTime": .dateTime("When the schedule last started a run."),
            "lastHandledRunRequest": .string(
                "The last value of the \(PipelineKind.runRequestAnnotation) annotation that started a run."),
            "runs": .array(
                "Runs, newest first: those in progress and the last spec.runHistoryLimit finished ones, at most "
                    + "\(runsLimit) in all.",
                of: PipelineRun.openAPISchema, listType: .map(keys: ["name"]), maxItems: runsLimit),
        ])
}
