/// The data a model is trained on, recorded for lineage (and required by Policies that ask
/// for it): where it is and which version of it.
public struct DatasetReference: Codable, Sendable, Hashable {
    public var uri: String
    /// A DVC or LakeFS reference, a digest, or a tag.
    public var version: String?

    public init(uri: String, version: String? = nil) {
        self.uri = uri
        self.version = version
    }
}

extension DatasetReference: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "The training data, for lineage. Changing it (a Pipeline's modelUpdate step does) records new lineage.",
        required: ["uri"],
        properties: [
            "uri": .string("Where the data is, such as s3://ml-data/fraud/train.parquet.", minLength: 1),
            "version": .string("Which version of the data: a DVC or LakeFS reference, a digest or a tag.", minLength: 1),
        ])
}
