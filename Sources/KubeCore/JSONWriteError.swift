/// A value that JSON cannot represent: NaN or an infinity. Writing one throws rather than
/// writing `null`, so that data is never silently lost (Go's `encoding/json` and Foundation's
/// `JSONSerialization` refuse them too).
public struct JSONWriteError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Where the number sits in the value that was being written.
    public var path: JSONPointer
    public var value: Double

    public init(path: JSONPointer, value: Double) {
        self.path = path
        self.value = value
    }

    public var description: String {
        let location = path.tokens.isEmpty ? "the document root" : path.description
        return "cannot write \(value) at \(location) as JSON: JSON has no representation for NaN or infinity"
    }
}
