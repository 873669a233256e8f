/// Why a JSON text could not be parsed, and where.
///
/// `line` and `column` are 1-based; the column counts Unicode scalars from the start of the
/// line, so it matches what an editor shows. `offset` is the 0-based byte offset into the input.
public struct JSONParseError: Error, Sendable, Hashable, CustomStringConvertible {
    public var offset: Int
    public var line: Int
    public var column: Int
    /// What was wrong, phrased as what was expected ("expected ',' or '}' after an object member").
    public var message: String

    public init(offset: Int, line: Int, column: Int, message: String) {
        self.offset = offset
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        "invalid JSON at line \(line), column \(column) (byte \(offset)): \(message)"
    }
}
