/// The last training run.
public struct TrainingStatus: Codable, Sendable, Hashable {
    /// The version trained.
    public var version: String?
    public var jobRef: LocalObjectReference?
    /// Runs started, retries included.
    public var attempts: Int32?
    /// The evaluation metrics the run reported, such as accuracy: 0.94.
    public var metrics: [String: Double]?
    /// The feature histograms the run reported, by name: the references of Monitors' drift
    /// checks that take theirs `fromTraining`.
    public var histograms: [String: InlineHistogram]?

    public init(
        version: String? = nil, jobRef: LocalObjectReference? = nil, attempts: Int32? = nil, metrics: [String: Double]? = nil,
        histograms: [String: InlineHistogram]? = nil
    ) {
        self.version = version
        self.jobRef = jobRef
        self.attempts = attempts
        self.metrics = metrics
        self.histograms = histograms
    }
}

extension TrainingStatus: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "The last training run.",
        properties: [
            "version": .string("The version trained."),
            "jobRef": LocalObjectReference.openAPISchema.withDescription("The Job that ran it."),
            "attempts": .integer("Runs started, retries included.", minimum: 0),
            "metrics": .map(
                "The evaluation metrics the run reported in its termination message, such as accuracy: 0.94.",
                values: .number("The metric's value.")),
            "histograms": .map(
                "The feature histograms the run reported, by name: references for Monitors' drift checks "
                    + "(reference.fromTraining).",
                values: InlineHistogram.openAPISchema),
        ])
}
