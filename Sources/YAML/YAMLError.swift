/// Why a YAML text could not be read or a value could not be written, and where.
public struct YAMLError: Error, CustomStringConvertible, Sendable, Equatable {
    /// 1-based line of the problem in the input; 0 when the error has no position (emitting).
    public var line: Int
    /// 1-based column of the problem, counted in characters.
    public var column: Int
    /// What went wrong, in libyaml's words where it found the problem
    /// ("could not find expected ':' while scanning a simple key").
    public var message: String
    /// 0-based index of the document within the stream (its position among all documents,
    /// including empty ones).
    public var documentIndex: Int

    public init(line: Int, column: Int, message: String, documentIndex: Int = 0) {
        self.line = line
        self.column = column
        self.message = message
        self.documentIndex = documentIndex
    }

    public var description: String {
        line > 0 ? "line \(line), column \(column): \(message)" : message
    }
}
