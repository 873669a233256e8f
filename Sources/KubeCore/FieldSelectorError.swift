/// A field selector that does not parse.
public struct FieldSelectorError: Error, Sendable, Hashable, CustomStringConvertible {
    public var selector: String
    public var message: String

    public init(selector: String, message: String) {
        self.selector = selector
        self.message = message
    }

    public var description: String {
        "invalid field selector \"\(selector)\": \(message)"
    }
}
