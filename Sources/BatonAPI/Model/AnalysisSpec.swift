/// How a rollout is judged: by a Monitor's checks, evaluated for the new version.
public struct AnalysisSpec: Sendable, Hashable {
    public var monitorRef: LocalObjectReference
    /// Failed evaluations tolerated before the rollout fails.
    public var failureLimit: Int32
    /// Inconclusive evaluations in a row (no data, too few samples, Prometheus down) tolerated
    /// before the silence counts as a failure; absent: the rollout holds as long as it lasts.
    public var inconclusiveLimit: Int32?
    /// For Shadow: how the candidate's predictions are compared with the stable version's;
    /// absent: `PredictionComparison()`.
    public var predictions: PredictionComparison?

    /// As in Argo Rollouts: the first failed evaluation fails the rollout.
    public static let defaultFailureLimit: Int32 = 0

    public init(
        monitorRef: LocalObjectReference, failureLimit: Int32 = defaultFailureLimit, inconclusiveLimit: Int32? = nil,
        predictions: PredictionComparison? = nil
    ) {
        self.monitorRef = monitorRef
        self.failureLimit = failureLimit
        self.inconclusiveLimit = inconclusiveLimit
        self.predictions = predictions
    }
}

extension AnalysisSpec: Codable {
    private enum CodingKeys: String, CodingKey {
        case monitorRef, failureLimit, inconclusiveLimit, predictions
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        monitorRef = try container.decode(LocalObjectReference.self, forKey: .monitorRef)
        failureLimit = try container.decode(.failureLimit, default: Self.defaultFailureLimit)
        inconclusiveLimit = try container.decodeIfPresent(Int32.self, forKey: .inconclusiveLimit)
        predictions = try container.decodeIfPresent(PredictionComparison.self, forKey: .predictions)
    }
}

extension AnalysisSpec: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "How the new version is judged during the rollout.", required: ["monitorRef"],
        properties: [
            "monitorRef": LocalObjectReference.openAPISchema.withDescription(
                "The Monitor whose metric checks are evaluated for the new version."),
            "failureLimit": .integer("Failed evaluations tolerated before the rollout fails.", minimum: 0)
                .defaulted(defaultFailureLimit),
            "inconclusiveLimit": .integer(
                "Inconclusive evaluations in a row (no data, too few samples, Prometheus down) tolerated before the "
                    + "silence counts as a failure; absent: the rollout holds, never promoting, as long as it lasts.",
                minimum: 0),
            "predictions": PredictionComparison.openAPISchema,
        ])
}
