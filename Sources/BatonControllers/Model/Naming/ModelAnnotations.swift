/// Annotations Baton writes on the children it creates.
public enum ModelAnnotations {
    /// On a version's Deployment: the artifact it serves. The Model's status only records the
    /// desired version's artifact, so this is where a version still serving during a rollout
    /// (or one the Model goes back to) keeps its own.
    public static let artifactURI = "baton.dev/artifact-uri"
    public static let artifactDigest = "baton.dev/artifact-digest"
}
