/// A step that sets a Model's version or data, which makes the Model retrain and roll out.
public struct ModelUpdateStep: Codable, Sendable, Hashable {
    public var modelRef: LocalObjectReference
    public var version: String?
    public var data: DatasetReference?

    public init(modelRef: LocalObjectReference, version: String? = nil, data: DatasetReference? = nil) {
        self.modelRef = modelRef
        self.version = version
        self.data = data
    }
}

extension ModelUpdateStep: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "Sets a Model's version or data, which retrains it and rolls it out; the step succeeds once the change is "
            + "written.",
        required: ["modelRef"],
        properties: [
            "modelRef": LocalObjectReference.openAPISchema.withDescription("The Model to update."),
            "version": .string("The Model's new spec.version.", minLength: 1),
            "data": DatasetReference.openAPISchema.withDescription("The Model's new spec.data."),
        ]
    ).requiringAtLeastOne(of: ["version", "data"])
}
