/// How `JSONValue.jsonBytes(options:)` lays out its output. The default is compact output in
/// the objects' own key order.
public struct JSONWriteOptions: OptionSet, Sendable, Hashable {
    public let rawValue: Int

    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Object keys in byte order of their UTF-8, as Go's `encoding/json` writes maps, for output
    /// that is the same whatever order the keys were inserted in.
    public static let sortedKeys = JSONWriteOptions(rawValue: 1 << 0)
    /// One member or element per line, indented by two spaces, `"key": value`.
    public static let prettyPrinted = JSONWriteOptions(rawValue: 1 << 1)
}
