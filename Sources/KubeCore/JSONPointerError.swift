/// A JSON pointer that is malformed, or that does not lead anywhere in a given value.
public struct JSONPointerError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Reason: Sendable, Hashable {
        /// The text is not a JSON pointer.
        case invalidSyntax
        /// An object has no such member, or an array index is past the end.
        case notFound
        /// A token used on an array is not `-` or a decimal index without leading zeros.
        case invalidArrayIndex
        /// The path runs through a string, number, boolean or null.
        case notAContainer
        /// The operation cannot apply to the document root (removing it).
        case rootNotAllowed
    }

    /// The pointer, in its string form.
    public var pointer: String
    public var reason: Reason
    public var message: String

    public init(pointer: String, reason: Reason, message: String) {
        self.pointer = pointer
        self.reason = reason
        self.message = message
    }

    public var description: String {
        "JSON pointer \"\(pointer)\": \(message)"
    }
}
