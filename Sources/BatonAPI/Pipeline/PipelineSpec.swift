/// The desired state of a Pipeline.
public struct PipelineSpec: Sendable, Hashable {
    /// A cron schedule; runs start only on demand or by trigger when absent.
    public var schedule: String?
    /// The IANA time zone of `schedule`; the operator's (usually UTC) when absent.
    public var timeZone: String?
    /// Stops scheduled and triggered runs; on-demand runs still start.
    public var suspend: Bool
    public var concurrencyPolicy: ConcurrencyPolicy
    /// Finished runs kept in the status.
    public var runHistoryLimit: Int32
    public var triggers: [PipelineTrigger]?
    public var steps: [PipelineStep]

    public static let defaultSuspend = false
    /// Forbid, unlike a CronJob's Allow: two runs retraining the same Model would race.
    public static let defaultConcurrencyPolicy = ConcurrencyPolicy.forbid
    public static let defaultRunHistoryLimit: Int32 = 10
    /// Bounds the status, whatever `runHistoryLimit` says.
    public static let maximumRunHistoryLimit: Int32 = 50

    public init(
        schedule: String? = nil, timeZone: String? = nil, suspend: Bool = defaultSuspend,
        concurrencyPolicy: ConcurrencyPolicy = defaultConcurrencyPolicy, runHistoryLimit: Int32 = defaultRunHistoryLimit,
        triggers: [PipelineTrigger]? = nil, steps: [PipelineStep]
    ) {
        self.schedule = schedule
        self.timeZone = timeZone
        self.suspend = suspend
        self.concurrencyPolicy = concurrencyPolicy
        self.runHistoryLimit = runHistoryLimit
        self.triggers = triggers
        self.steps = steps
    }
}

extension PipelineSpec: Codable {
    private enum CodingKeys: String, CodingKey {
        case schedule, timeZone, suspend, concurrencyPolicy, runHistoryLimit, triggers, steps
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schedule = try container.decodeIfPresent(String.self, forKey: .schedule)
        timeZone = try container.decodeIfPresent(String.self, forKey: .timeZone)
        suspend = try container.decode(.suspend, default: Self.defaultSuspend)
        concurrencyPolicy = try container.decode(.concurrencyPolicy, default: Self.defaultConcurrencyPolicy)
        runHistoryLimit = try container.decode(.runHistoryLimit, default: Self.defaultRunHistoryLimit)
        triggers = try container.decodeIfPresent([PipelineTrigger].self, forKey: .triggers)
        steps = try container.decode([PipelineStep].self, forKey: .steps)
    }
}

extension PipelineSpec: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "The desired state of the Pipeline.", required: ["steps"],
        properties: [
            "schedule": .string(
                "A cron schedule (five fields, or @hourly, @daily, @weekly, @monthly, @yearly); runs start only on "
                    + "demand or by trigger when absent.",
                pattern: #"^(@(yearly|annually|monthly|weekly|daily|midnight|hourly)|(\S+\s+){4}\S+)$"#),
            "timeZone": .string(
                "The IANA time zone of the schedule, such as Europe/Paris; the operator's (usually UTC) when absent.",
                minLength: 1),
            "suspend": .boolean("Stops scheduled and triggered runs; on-demand runs still start.")
                .defaulted(.bool(defaultSuspend)),
            "concurrencyPolicy": .string(
                "When a run is due while another runs: Allow, Forbid (skip the new run) or Replace (stop the running one).",
                enum: ConcurrencyPolicy.self
            ).defaulted(defaultConcurrencyPolicy),
            "runHistoryLimit": .integer(
                "Finished runs kept in the status.", minimum: 1, maximum: Int64(maximumRunHistoryLimit)
            ).defaulted(defaultRunHistoryLimit),
            "triggers": .array("What else starts a run.", of: PipelineTrigger.openAPISchema, maxItems: 20),
            "steps": .array(
                "The steps; dependsOn orders them into a DAG.", of: PipelineStep.openAPISchema,
                listType: .map(keys: ["name"]), minItems: 1, maxItems: 50),
        ])
}
