import Foundation

/// Parses JSON text (RFC 8259) into a `JSONValue`, keeping the key order of objects.
///
/// Numbers that are integers in the text and fit an `Int64` become `.integer`; every other number
/// becomes `.number` (so `9223372036854775808` is a `.number`, as Go's apimachinery turns it into
/// a float64). `-0` is the integer `0`, as it is for Kubernetes. A number too large for a
/// `Double` (`1e400`) is an error rather than infinity, because JSON cannot carry infinity back.
///
/// Strings must be valid UTF-8; escapes are decoded, and a `\u` surrogate must be part of a pair.
/// Nesting is limited to `maximumDepth` so that hostile input cannot exhaust the stack.
public struct JSONParser: Sendable {
    /// What to do when an object names the same key twice.
    public enum DuplicateKeyPolicy: Sendable, Hashable {
        /// The last value wins, in the position of the first (Go's `encoding/json`, so the
        /// API server, behaves this way).
        case lastWins
        /// The input is rejected (what strict field validation wants to know).
        case reject
    }

    /// Default 512: deeper than any real Kubernetes object, shallow enough for a thread's stack.
    public var maximumDepth: Int
    /// Default `.lastWins`.
    public var duplicateKeys: DuplicateKeyPolicy

    public init(maximumDepth: Int = 512, duplicateKeys: DuplicateKeyPolicy = .lastWins) {
        self.maximumDepth = maximumDepth
        self.duplicateKeys = duplicateKeys
    }

    public func parse(_ buffer: UnsafeRawBufferPointer) throws(JSONParseError) -> JSONValue {
        var reader = JSONReader(
            buffer, maximumDepth: maximumDepth, rejectsDuplicateKeys: duplicateKeys == .reject)
        return try reader.readDocument()
    }

    public func parse(_ bytes: [UInt8]) throws(JSONParseError) -> JSONValue {
        // `withUnsafeBytes` only rethrows untyped errors; carry the typed one out in a Result.
        try bytes.withUnsafeBytes { buffer in
            Result { () throws(JSONParseError) in try parse(buffer) }
        }.get()
    }

    public func parse(_ data: Data) throws(JSONParseError) -> JSONValue {
        try data.withUnsafeBytes { buffer in
            Result { () throws(JSONParseError) in try parse(buffer) }
        }.get()
    }

    public func parse(_ text: String) throws(JSONParseError) -> JSONValue {
        var text = text
        return try text.withUTF8 { utf8 in
            Result { () throws(JSONParseError) in try parse(UnsafeRawBufferPointer(utf8)) }
        }.get()
    }
}
