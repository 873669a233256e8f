/// Where a drift check's reference histogram comes from: exactly one of the fields is set.
public struct HistogramReference: Codable, Sendable, Hashable {
    public var fromTraining: TrainingHistogramSource?
    /// A key holding the histogram as JSON, in the shape of `inline`.
    public var configMapKeyRef: KeySelector?
    public var inline: InlineHistogram?

    public init(
        fromTraining: TrainingHistogramSource? = nil, configMapKeyRef: KeySelector? = nil, inline: InlineHistogram? = nil
    ) {
        self.fromTraining = fromTraining
        self.configMapKeyRef = configMapKeyRef
        self.inline = inline
    }
}

extension HistogramReference: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "The reference histogram: exactly one of fromTraining, configMapKeyRef and inline.",
        properties: [
            "fromTraining": TrainingHistogramSource.openAPISchema,
            "configMapKeyRef": KeySelector.openAPISchema.withDescription(
                "A ConfigMap key holding the histogram as JSON, in the shape of inline."),
            "inline": InlineHistogram.openAPISchema,
        ]
    ).requiringExactlyOne(of: ["fromTraining", "configMapKeyRef", "inline"])
}
