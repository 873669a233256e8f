import KubeCore

/// YAML ⇄ `JSONValue`, over libyaml, reading manifests the way kubectl does.
///
/// Scalars resolve as sigs.k8s.io/yaml (go-yaml v2) resolves them — see `ScalarResolver` for
/// the table — mapping keys become strings as sigs.k8s.io/yaml makes them, anchors, aliases and
/// `<<` merge keys are resolved, and a duplicate key is an error (the YAML specification forbids
/// them, and sigs.k8s.io/yaml's strict mode, which the API server applies to YAML bodies,
/// rejects them) rather than a silent loss of the first value.
public enum YAML {
    /// Parses a stream holding one document. Documents that are empty or null (a stray `---`,
    /// a comment-only part) are skipped as in `parseAll`; no document at all gives `.null`, more
    /// than one is an error.
    public static func parse(_ text: String, limits: YAMLLimits = .default) throws(YAMLError) -> JSONValue {
        try withUTF8(text) { input throws(YAMLError) in try single(input, limits: limits) }
    }

    /// Parses UTF-8 bytes (or UTF-16 with a byte order mark) holding one document; see
    /// `parse(_:limits:)` for a `String`.
    public static func parse(_ bytes: [UInt8], limits: YAMLLimits = .default) throws(YAMLError) -> JSONValue {
        try withUTF8(bytes) { input throws(YAMLError) in try single(input, limits: limits) }
    }

    /// Parses a multi-document stream. Documents that are empty or null — between two `---`,
    /// comment-only, or an explicit `null` — are skipped, as kubectl skips them.
    public static func parseAll(_ text: String, limits: YAMLLimits = .default) throws(YAMLError) -> [JSONValue] {
        try withUTF8(text) { input throws(YAMLError) in try all(input, limits: limits) }
    }

    /// Parses a multi-document stream of UTF-8 bytes (or UTF-16 with a byte order mark).
    public static func parseAll(_ bytes: [UInt8], limits: YAMLLimits = .default) throws(YAMLError) -> [JSONValue] {
        try withUTF8(bytes) { input throws(YAMLError) in try all(input, limits: limits) }
    }

    /// Writes one document.
    public static func emit(_ value: JSONValue) throws(YAMLError) -> String {
        try ValueEmitter.emit([value])
    }

    /// Writes several documents, separated by `---`.
    public static func emitAll(_ values: [JSONValue]) throws(YAMLError) -> String {
        try ValueEmitter.emit(values)
    }

    // MARK: - Streams

    private static func single(_ input: UnsafeBufferPointer<UInt8>, limits: YAMLLimits) throws(YAMLError) -> JSONValue {
        var stream = try DocumentStream(input: input, limits: limits)
        var found: JSONValue?
        while let document = try stream.next() {
            if document.value.isNull { continue }
            guard found == nil else {
                throw YAMLError(
                    line: document.line, column: document.column,
                    message: "expected a single document in the stream, but found another document",
                    documentIndex: document.index)
            }
            found = document.value
        }
        return found ?? .null
    }

    private static func all(_ input: UnsafeBufferPointer<UInt8>, limits: YAMLLimits) throws(YAMLError) -> [JSONValue] {
        var stream = try DocumentStream(input: input, limits: limits)
        var documents: [JSONValue] = []
        while let document = try stream.next() {
            if !document.value.isNull { documents.append(document.value) }
        }
        return documents
    }

    // MARK: - Input

    private static func withUTF8<R>(
        _ text: String, _ body: (UnsafeBufferPointer<UInt8>) throws(YAMLError) -> R
    ) throws(YAMLError) -> R {
        var text = text
        return try text.withUTF8 { input in Result { () throws(YAMLError) in try body(input) } }.get()
    }

    /// Hands UTF-8 bytes to `body`, converting UTF-16 (recognised by its byte order mark, as
    /// libyaml and go-yaml recognise it) first, so that positions and sizes are always UTF-8.
    private static func withUTF8<R>(
        _ bytes: [UInt8], _ body: (UnsafeBufferPointer<UInt8>) throws(YAMLError) -> R
    ) throws(YAMLError) -> R {
        let bigEndian = bytes.starts(with: [0xFE, 0xFF])
        if bigEndian || bytes.starts(with: [0xFF, 0xFE]) {
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            for index in stride(from: 2, to: bytes.count - 1, by: 2) {
                let (high, low) = bigEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
                units.append(UInt16(high) << 8 | UInt16(low))
            }
            guard bytes.count % 2 == 0, let text = String(validating: units, as: UTF16.self) else {
                throw YAMLError(line: 1, column: 1, message: "invalid UTF-16: the input has a UTF-16 byte order mark but is not valid UTF-16")
            }
            return try withUTF8(text, body)
        }
        return try bytes.withUnsafeBufferPointer { input in Result { () throws(YAMLError) in try body(input) } }.get()
    }
}
