/// A value that cannot be read under its schema: a map-list item without its key, a set item
/// that is not a scalar, a key given twice. The message is structured-merge-diff's.
struct SchemaViolation: Error, Equatable, Sendable, CustomStringConvertible {
    var message: String

    init(_ message: String) {
        self.message = message
    }

    /// Several problems, worded as structured-merge-diff's `ValidationErrors`.
    init(problems: [String]) {
        message = problems.count == 1 ? problems[0] : (["errors:"] + problems.map { "  " + $0 }).joined(separator: "\n")
    }

    var description: String { message }
}
