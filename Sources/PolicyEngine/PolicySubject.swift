import BatonAPI

/// One version of a Model as a Policy judges it: the Model, and what the caller (the operator,
/// or `baton validate` reading a repository) knows of the version beyond its spec.
public struct PolicySubject: Sendable {
    public var model: Model
    /// The evaluation metrics the version's training reported; nil when there is no report
    /// (not trained yet, or a pre-trained artifact): a required metric is then missing.
    public var trainingMetrics: [String: Double]?
    /// Every image the version runs: the trainer's, the server's (the Model's or its runtime's)
    /// and the storage initializer's.
    public var images: [String]
    /// Where the version's artifact is (`spec.artifact.uri`, or where training writes it); nil
    /// when not known.
    public var artifactURI: String?

    public init(model: Model, trainingMetrics: [String: Double]?, images: [String], artifactURI: String?) {
        self.model = model
        self.trainingMetrics = trainingMetrics
        self.images = images
        self.artifactURI = artifactURI
    }

    public var version: String { model.spec.version }
}
