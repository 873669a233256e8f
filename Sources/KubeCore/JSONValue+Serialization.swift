extension JSONValue {
    /// The value as UTF-8 JSON text: compact unless `.prettyPrinted`, object keys in their own
    /// order unless `.sortedKeys`. Strings escape `"`, `\`, control characters and U+2028/U+2029.
    /// Throws for NaN and infinities, which JSON cannot carry.
    public func jsonBytes(options: JSONWriteOptions = []) throws(JSONWriteError) -> [UInt8] {
        var writer = JSONWriter(options: options)
        try writer.write(self)
        return writer.output
    }

    /// `jsonBytes(options:)` as a `String`.
    public func jsonString(options: JSONWriteOptions = []) throws(JSONWriteError) -> String {
        String(decoding: try jsonBytes(options: options), as: UTF8.self)
    }

    /// The JSON text of a double as Go's `encoding/json` writes it: shortest round-trip digits,
    /// `100` rather than `100.0`, exponents only below 1e-6 and from 1e21. `nil` for NaN and
    /// infinities. The YAML emitter uses it so that numbers print the same in both formats.
    public static func numberText(_ value: Double) -> String? {
        guard value.isFinite else { return nil }
        var bytes: [UInt8] = []
        JSONWriter.appendDouble(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
