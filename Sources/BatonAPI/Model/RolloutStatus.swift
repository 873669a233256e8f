import KubeCore

/// The rollout of one candidate version, recorded step by step so that a restarted operator,
/// or a GitOps tool re-applying the spec, resumes at the same step and never skips analysis.
/// It stays after the rollout ends, as the record of how it ended.
public struct RolloutStatus: Codable, Sendable, Hashable {
    /// The candidate version.
    public var version: String
    /// A digest of what is judged: the candidate's serving Deployment as planned. A different
    /// one (new version, new artifact, another serving spec) is a new rollout from the first step.
    public var revision: String
    /// The strategy in force when the rollout started.
    public var strategy: RolloutStrategy
    public var phase: RolloutPhase
    /// The version the rollout replaces; nil for a Model's first version.
    public var previousVersion: String?
    /// The index of the current step, counting from 0.
    public var step: Int32
    /// How many steps the strategy has.
    public var steps: Int32
    /// The percentage of traffic the current step gives the candidate.
    public var weight: Int32
    /// When the current step's traffic was in place; its pause and its analysis count from
    /// here. Absent while the candidate's pods for the step are coming up.
    public var stepStartTime: KubeTime?
    public var startTime: KubeTime
    /// When it was promoted, rolled back or aborted.
    public var completionTime: KubeTime?
    /// After promotion: when the previous version's Deployment is deleted.
    public var scaleDownTime: KubeTime?
    /// Why it holds or how it ended, as a CamelCase word.
    public var reason: String?
    public var message: String?
    public var analysis: RolloutAnalysisStatus?
    /// The last request of each kind (promote, abort, retry) handled, so each is acted on once.
    public var requests: [RolloutRequestStatus]?

    public init(
        version: String, revision: String, strategy: RolloutStrategy, phase: RolloutPhase, previousVersion: String?,
        step: Int32 = 0, steps: Int32, weight: Int32, stepStartTime: KubeTime? = nil, startTime: KubeTime,
        completionTime: KubeTime? = nil, scaleDownTime: KubeTime? = nil, reason: String? = nil, message: String? = nil,
        analysis: RolloutAnalysisStatus? = nil, requests: [RolloutRequestStatus]? = nil
    ) {
        self.version = version
        self.revision = revision
        self.strategy = strategy
        self.phase = phase
        self.previousVersion = previousVersion
        self.step = step
        self.steps = steps
        self.weight = weight
        self.stepStartTime = stepStartTime
        self.startTime = startTime
        self.completionTime = completionTime
        self.scaleDownTime = scaleDownTime
        self.reason = reason
        self.message = message
        self.analysis = analysis
        self.requests = requests
    }
}

/// Where a rollout stands.
public enum RolloutPhase: String, Codable, Sendable, Hashable, CaseIterable {
    /// Steps advance as their pauses end and the analysis passes.
    case progressing = "Progressing"
    /// Held: for a person (a step without a pause, a failed analysis under `failurePolicy:
    /// Pause`) or for data (the analysis is Inconclusive); `reason` says which.
    case paused = "Paused"
    /// The candidate took all traffic and became the stable version.
    case completed = "Completed"
    /// The analysis failed: traffic went back to the stable version.
    case rolledBack = "RolledBack"
    /// Stopped by a person: traffic went back to the stable version.
    case aborted = "Aborted"

    /// Whether the rollout still moves or holds (not ended).
    public var isActive: Bool { self == .progressing || self == .paused }
}

/// The analysis of the current rollout: the Monitor's checks, evaluated for the candidate.
public struct RolloutAnalysisStatus: Codable, Sendable, Hashable {
    /// The Monitor whose checks judge the candidate.
    public var monitor: String
    /// The results of the last evaluation, one per check.
    public var results: [MetricResult]?
    public var lastEvaluationTime: KubeTime?
    /// Evaluations in the rollout so far.
    public var evaluations: Int32
    /// Failed evaluations in the rollout so far, against `failureLimit`.
    public var failures: Int32
    /// Inconclusive evaluations in a row, against `inconclusiveLimit`.
    public var consecutiveInconclusive: Int32

    public init(
        monitor: String, results: [MetricResult]? = nil, lastEvaluationTime: KubeTime? = nil, evaluations: Int32 = 0,
        failures: Int32 = 0, consecutiveInconclusive: Int32 = 0
    ) {
        self.monitor = monitor
        self.results = results
        self.lastEvaluationTime = lastEvaluationTime
        self.evaluations = evaluations
        self.failures = failures
        self.consecutiveInconclusive = consecutiveInconclusive
    }
}

/// A request made by annotation (`baton.dev/promote`, `abort`, `retry`) and handled.
public struct RolloutRequestStatus: Codable, Sendable, Hashable {
    public var action: RolloutAction
    /// The annotation's value: a request with the same value again is not acted on again.
    public var value: String
    public var time: KubeTime
    /// What came of it.
    public var message: String

    public init(action: RolloutAction, value: String, time: KubeTime, message: String) {
        self.action = action
        self.value = value
        self.time = time
        self.message = message
    }
}

/// What a person can ask of a rollout, each by an annotation on the Model (`kubectl baton
/// rollout promote` and the like write them) that the operator acknowledges in
/// `status.rollout.requests` and then removes. A request is acted on once per value: the plugin
/// writes the time; by hand, write a new value each time (`promote` with a value starting
/// `full` promotes at once).
public enum RolloutAction: String, Codable, Sendable, Hashable, CaseIterable {
    /// Skip the current step's pause; with a value starting `full`, promote at once.
    case promote = "Promote"
    /// Send all traffic back to the stable version and stop.
    case abort = "Abort"
    /// Start an aborted, rolled-back or failed rollout again from its first step.
    case retry = "Retry"
    /// Serve the previous Promoted version again, as a Monitor's rollback action does:
    /// `spec.version` stays as written and is not rolled out again until it changes. During a
    /// rollout, the same as abort.
    case undo = "Undo"

    /// `baton.dev/promote`, `baton.dev/abort`, `baton.dev/retry`.
    public var annotation: String { "baton.dev/\(rawValue.lowercased())" }
}

extension RolloutStatus: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "The rollout of a candidate version, step by step; kept after it ends as the record of how it ended.",
        required: ["version", "revision", "strategy", "phase", "step", "steps", "weight", "startTime"],
        properties: [
            "version": .string("The candidate version."),
            "revision": .string(
                "A digest of what is judged (the candidate's Deployment as planned); a new one starts the rollout again."),
            "strategy": .string("The strategy in force when the rollout started.", enum: RolloutStrategy.self),
            "phase": .string(
                "Progressing, Paused (for a person or for data: see reason), Completed, RolledBack or Aborted.",
                enum: RolloutPhase.self),
            "previousVersion": .string("The version the rollout replaces."),
            "step": .integer("The index of the current step, counting from 0.", minimum: 0),
            "steps": .integer("How many steps the strategy has.", minimum: 0),
            "weight": .integer("The percentage of traffic the current step gives the candidate.", minimum: 0, maximum: 100),
            "stepStartTime": .dateTime("When the current step's traffic was in place; its pause and analysis count from here."),
            "startTime": .dateTime("When the rollout started."),
            "completionTime": .dateTime("When it was promoted, rolled back or aborted."),
            "scaleDownTime": .dateTime("After promotion: when the previous version's Deployment is deleted."),
            "reason": .string("Why it holds or how it ended, as a CamelCase word."),
            "message": .string("Why it holds or how it ended, for humans."),
            "analysis": RolloutAnalysisStatus.openAPISchema,
            "requests": .array(
                "The last request of each kind (Promote, Abort, Retry, Undo) handled.", of: RolloutRequestStatus.openAPISchema,
                maxItems: RolloutAction.allCases.count),
        ])
}

extension RolloutAnalysisStatus: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "The analysis of the rollout: the Monitor's checks, evaluated for the candidate.",
        required: ["monitor", "evaluations", "failures", "consecutiveInconclusive"],
        properties: [
            "monitor": .string("The Monitor whose checks judge the candidate."),
            "results": MetricResult.listSchema("The results of the last evaluation, one per check."),
            "lastEvaluationTime": .dateTime("When the checks were last evaluated."),
            "evaluations": .integer("Evaluations in the rollout so far.", minimum: 0),
            "failures": .integer("Failed evaluations so far, against failureLimit.", minimum: 0),
            "consecutiveInconclusive": .integer("Inconclusive evaluations in a row, against inconclusiveLimit.", minimum: 0),
        ])
}

extension RolloutRequestStatus: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "A request made by annotation and handled.", required: ["action", "value", "time", "message"],
        properties: [
            "action": .string("Promote, Abort, Retry or Undo.", enum: RolloutAction.self),
            "value": .string("The annotation's value; the same value again is not acted on again."),
            "time": .dateTime("When it was handled."),
            "message": .string("What came of it."),
        ])
}
