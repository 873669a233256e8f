/// How a rollout is judged: by a Monitor's checks, evaluated for the new version.
public struct AnalysisSpec: Sendable, Hashable {
    public var monitorRef: LocalObjectReference
    /// Failed evaluations tolerated before the rollout fails.
    public var failureLimit: Int32

    /// As in Argo Rollouts: the first failed evaluation fails the rollout.
    public static let defaultFailureLimit: Int32 = 0

    public init(monitorRef: LocalObjectReference, failureLimit: Int32 = defaultFailureLimit) {
        self.monitorRef = monitorRef
        self.failureLimit = failureLimit
    }
}

extension AnalysisSpec: Codable {
    private enum CodingKeys: String, CodingKey {
        case monitorRef, failureLimit
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        monitorRef = try container.decode(LocalObjectReference.self, forKey: .monitorRef)
        failureLimit = try container.decode(.failureLimit, default: Self.defaultFailureLimit)
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
        ])
}
