/// A Monitor whose violations start a run.
public struct PipelineTrigger: Codable, Sendable, Hashable {
    public var monitorRef: LocalObjectReference

    public init(monitorRef: LocalObjectReference) {
        self.monitorRef = monitorRef
    }
}

extension PipelineTrigger: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "Something that starts a run besides the schedule.", required: ["monitorRef"],
        properties: [
            "monitorRef": LocalObjectReference.openAPISchema.withDescription(
                "A Monitor: a run starts when it reports Degraded or DriftDetected."),
        ])
}
