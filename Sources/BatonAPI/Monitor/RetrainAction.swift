/// Starts a run of a Pipeline (which usually ends in a `modelUpdate` step).
public struct RetrainAction: Codable, Sendable, Hashable {
    public var pipelineRef: LocalObjectReference

    public init(pipelineRef: LocalObjectReference) {
        self.pipelineRef = pipelineRef
    }
}

extension RetrainAction: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "Start a run of a Pipeline, subject to its concurrencyPolicy.", required: ["pipelineRef"],
        properties: [
            "pipelineRef": LocalObjectReference.openAPISchema.withDescription("The Pipeline to run."),
        ])
}
