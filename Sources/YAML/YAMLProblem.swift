/// A problem found without knowledge of where it is; the document builder, which knows the
/// event's position, turns it into a `YAMLError`.
struct YAMLProblem: Error {
    var message: String

    init(_ message: String) {
        self.message = message
    }
}
