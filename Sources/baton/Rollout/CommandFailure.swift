/// A failure the rollout commands explain in their own words: printed as one line on stderr,
/// exit status 1.
struct CommandFailure: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
