/// A timestamp that is not RFC 3339 (`2006-01-02T15:04:05Z`, optionally with a fraction of a
/// second and a `+hh:mm` offset).
public struct TimestampParseError: Error, Sendable, Hashable, CustomStringConvertible {
    public var text: String
    public var message: String

    public init(text: String, message: String) {
        self.text = text
        self.message = message
    }

    public var description: String {
        "invalid timestamp \"\(text)\": \(message)"
    }
}
