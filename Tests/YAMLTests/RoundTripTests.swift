import KubeCore
import TestSupport
import Testing
import YAML

/// `emit` then `parse` gives back the same value — types, key order and all.
@Suite struct RoundTripTests {
    static let trickyStrings: [String] = [
        "", " ", "  ", " leading", "trailing ", "yes", "no", "on", "off", "y", "n", "Y", "N", "true", "True", "FALSE",
        "null", "Null", "~", "1", "-1", "+1", "1.0", "1.", ".5", "0777", "0o777", "0x1F", "0b11", "1e3", "1_000", "1_",
        ".inf", "-.inf", ".nan", "08", "9223372036854775808", "2015-01-01", "2015-02-24 18:19:39", "1:20", "<<", "=",
        "-", "--", "---", "...", "- item", "-item", "? q", "?", ": colon", ":", "a: b", "a:b", "a:", "a #b", "a#b", "#c",
        "&anchor", "*alias", "!tag", "!", "%percent", "@at", "`tick", "|", ">", "'", "\"", "''", "{", "}", "[", "]",
        ",", "a, b", "[a]", "{a: b}", "\\", "C:\\path", "http://example.com/a?b=c#d",
        "multi\nline", "multi\nline\n", "multi\nline\n\n", "\n", "\n\n", "\nleading newline", "  indented\nsecond",
        "first\n  indented", "trailing space \nnext", "line\n ", "tab\tinside", "\t", "\ttab first", "carriage\r\nreturn",
        "lone\rreturn", "nel\u{85}x", "line\u{2028}separator", "para\u{2029}graph", "bom\u{FEFF}x", "\u{FEFF}",
        "nul\u{0}x", "bell\u{7}", "del\u{7F}", "escape\u{1B}[0m", "emoji 🎉", "ünïcödé", "日本語", "\u{FFFE}", "\u{A0}nbsp",
        "a\u{A0}", "quote \"inside\"", "it's", "--- x", "... x", "%YAML", "key: value\nother: thing",
        String(repeating: "long words ", count: 40), String(repeating: "x", count: 300),
    ]

    @Test(arguments: trickyStrings)
    func stringValue(text: String) throws {
        try expectRoundTrip(["value": .string(text)])
        try expectRoundTrip(.array([.string(text)]))
        try expectRoundTrip(.string(text))
    }

    @Test(arguments: trickyStrings)
    func stringKey(text: String) throws {
        try expectRoundTrip(.object([text: "v", "other": .string(text)]))
    }

    static let scalars: [JSONValue] = [
        .null, true, false, 0, 1, -1, .integer(.max), .integer(.min), .number(0), .number(1), .number(-0.0), 0.1,
        -2.5, 1e300, -1e-300, .number(.leastNonzeroMagnitude), 1e16, 1e15, 123_456_789.123, .number(Double(Int64.max)), .number(.infinity),
        .number(-.infinity), .number(.nan),
    ]

    @Test(arguments: scalars)
    func scalarValue(value: JSONValue) throws {
        try expectRoundTrip(["value": value])
        try expectRoundTrip([value, value])
        try expectRoundTrip(value)
    }

    @Test func structures() throws {
        try expectRoundTrip([:])
        try expectRoundTrip([])
        try expectRoundTrip([[], [:], [[]], [[:]], ["a": []], ["a": [:]]])
        try expectRoundTrip(["a": ["b": ["c": [1, [2, [3, ["d": nil]]]]]]])
        try expectRoundTrip(["z": 1, "a": 2, "m": ["z": 1, "a": 2]])
        try expectRoundTrip(.object([String(repeating: "k", count: 200): "long key", "list": [["x": 1, "y": [2]], ["x": 3]]]))
        var deep: JSONValue = "bottom"
        for level in 0..<200 { deep = level.isMultiple(of: 2) ? [deep] : ["level": deep] }
        try expectRoundTrip(deep)
    }

    @Test func severalDocuments() throws {
        let documents: JSONValue = [["a": 1], "text", [1, 2], ["b": ["c": "yes"]], 0]
        let values = try #require(documents.arrayValue)
        let parsed = try YAML.parseAll(try YAML.emitAll(values))
        #expect(parsed.count == values.count)
        for (mine, original) in zip(parsed, values) {
            #expect(identical(mine, original))
        }
    }

    /// Random strings over an alphabet of the characters that trouble YAML writers.
    @Test func randomStrings() throws {
        var random = SeededRandomNumberGenerator(seed: 0x5EED)
        let alphabet = Array("ab1 0.:-#?&*!|>'\"%@`{}[],\n\t\r\\~=+_eExyno\u{85}\u{2028}é🎉\u{FEFF}")
        for _ in 0..<3000 {
            let length = Int(random.next() % 12)
            let text = String((0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
            try expectRoundTrip(.object([text: .string(text), "list": [.string(text)]]))
        }
    }

    @Test(arguments: Corpus.files)
    func corpusDocuments(file: String) throws {
        let documents = try YAML.parseAll(try Corpus.bytes(file))
        let again = try YAML.parseAll(try YAML.emitAll(documents))
        #expect(again.count == documents.count)
        for (index, (mine, original)) in zip(again, documents).enumerated() {
            let found = difference(mine, original)
            #expect(found == nil, "document \(index) of \(file) changed at \(found ?? "")")
        }
    }

    private func expectRoundTrip(_ value: JSONValue, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let text = try YAML.emit(value)
        let parsed: JSONValue
        do {
            parsed = try YAML.parse(text)
        } catch {
            Issue.record("emitted text does not parse: \(error)\n\(text)", sourceLocation: sourceLocation)
            return
        }
        let found = difference(parsed, value)
        #expect(found == nil, "\(found ?? "") in\n\(text)", sourceLocation: sourceLocation)
    }
}
