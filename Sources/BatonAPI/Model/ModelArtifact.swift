/// A trained model's files: a pre-trained one given in the spec, or the one training produced
/// in the status.
public struct ModelArtifact: Codable, Sendable, Hashable {
    public var uri: String
    /// Pins the content: serving refuses files with another digest.
    public var digest: String?

    public init(uri: String, digest: String? = nil) {
        self.uri = uri
        self.digest = digest
    }
}

extension ModelArtifact: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "A trained model's files.", required: ["uri"],
        properties: [
            "uri": .string(
                "Where the files are, such as s3://ml-models/fraud/2.0.0; fetched into /mnt/models for serving.",
                minLength: 1),
            "digest": .string(
                "The content digest, such as sha256:<64 hex digits>.",
                pattern: "^[a-z0-9]+([+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$"),
        ])
}
