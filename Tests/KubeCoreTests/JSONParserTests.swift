import Foundation
import TestSupport
import Testing

@testable import KubeCore

/// Parses `text`, failing the test with the parser's message if it is rejected.
func json(_ text: String) throws -> JSONValue {
    try JSONParser().parse(text)
}

/// The error for `text`, which must not parse.
func parseError(_ text: String, parser: JSONParser = JSONParser()) -> JSONParseError? {
    do {
        _ = try parser.parse(text)
        return nil
    } catch {
        return error
    }
}

@Suite struct JSONParserTests {
    // MARK: - Values

    @Test func scalars() throws {
        #expect(try json("null") == .null)
        #expect(try json("true") == .bool(true))
        #expect(try json("false") == .bool(false))
        #expect(try json("\"hi\"") == .string("hi"))
        #expect(try json(" \t\r\n 42 \n") == .integer(42))
    }

    @Test func objectsKeepKeyOrder() throws {
        let value = try json(#"{"zeta": 1, "alpha": {"y": [], "b": {}}, "mid": [1, "two", null, true]}"#)
        guard case let .object(members) = value else {
            Issue.record("expected an object, got \(value)")
            return
        }
        #expect(Array(members.keys) == ["zeta", "alpha", "mid"])
        #expect(Array(members["alpha"]?.objectValue?.keys ?? []) == ["y", "b"])
        #expect(members["mid"] == [1, "two", nil, true])
    }

    @Test func largeObjectsUseTheHashedPath() throws {
        let text = "{" + (0 ..< 40).map { "\"k\($0)\": \($0)" }.joined(separator: ",") + "}"
        let members = try #require(try json(text).objectValue)
        #expect(members.count == 40)
        #expect(Array(members.keys) == (0 ..< 40).map { "k\($0)" })
        #expect(members["k39"] == 39)
    }

    @Test func duplicateKeysLastWinsInFirstPosition() throws {
        let value = try json(#"{"a": 1, "b": 2, "a": 3}"#)
        #expect(Array(value.objectValue?.keys ?? []) == ["a", "b"])
        #expect(value["a"] == 3)
        // Past the pairwise-comparison size, too.
        let many = "{" + (0 ..< 20).map { "\"k\($0)\": \($0)" }.joined(separator: ",") + ", \"k3\": \"last\"}"
        #expect(try json(many)["k3"] == "last")
    }

    @Test func duplicateKeysCanBeRejected() {
        let strict = JSONParser(duplicateKeys: .reject)
        let error = parseError("{\n  \"a\": 1,\n  \"a\": 2\n}", parser: strict)
        #expect(error?.message == "duplicate object key \"a\" in the object starting here")
        #expect(error?.line == 1)
        #expect((try? strict.parse(#"{"a": {"a": 1}, "b": [{"a": 1}, {"a": 2}]}"#)) != nil)
    }

    @Test func everyEntryPointAgrees() throws {
        let text = #"{"items": [{"name": "café", "n": 1.5}], "ok": true}"#
        let expected = try json(text)
        let bytes = Array(text.utf8)
        #expect(try JSONParser().parse(bytes) == expected)
        #expect(try JSONParser().parse(Data(bytes)) == expected)
        let raw = try bytes.withUnsafeBytes { try JSONParser().parse($0) }
        #expect(raw == expected)
        // A Data slice does not start at index 0.
        let padded = Data(Array("xxxx".utf8) + bytes)
        #expect(try JSONParser().parse(padded[4...]) == expected)
    }

    // MARK: - Numbers

    @Test(arguments: [
        ("0", JSONValue.integer(0)),
        ("-0", .integer(0)),
        ("7", .integer(7)),
        ("-42", .integer(-42)),
        ("9223372036854775807", .integer(.max)),
        ("-9223372036854775808", .integer(.min)),
        ("9223372036854775808", .number(9.223372036854775808e18)),
        ("-9223372036854775809", .number(-9.223372036854775809e18)),
        ("123456789012345678901234567890", .number(1.2345678901234568e29)),
        ("1.5", .number(1.5)),
        ("1.0", .number(1.0)),
        ("1E3", .number(1000)),
        ("1e+3", .number(1000)),
        ("25e-1", .number(2.5)),
        ("0.1", .number(0.1)),
        ("0.30000000000000004", .number(0.30000000000000004)),
        ("1.7976931348623157e308", .number(.greatestFiniteMagnitude)),
        ("5e-324", .number(.leastNonzeroMagnitude)),
        ("1e-400", .number(0)),
        ("3.141592653589793238462643383279", .number(.pi)),
    ])
    func numbers(text: String, expected: JSONValue) throws {
        let value = try json(text)
        #expect(value == expected)
        // Equality is numeric across cases; the case itself matters too.
        switch (value, expected) {
        case (.integer, .integer), (.number, .number): break
        default: Issue.record("\(text) parsed as \(value), expected \(expected)")
        }
    }

    @Test func negativeZeroFractionKeepsItsSign() throws {
        let value = try json("-0.0")
        #expect(value.doubleValue == 0)
        #expect(value.doubleValue?.sign == .minus)
    }

    @Test func numbersBeyondDoubleAreRejected() {
        let error = parseError("[1e400]")
        #expect(error?.message == "number 1e400 is out of the range of a 64-bit float")
        #expect(error?.offset == 1)
        #expect(parseError("-1e400") != nil)
    }

    @Test func doublesReadBackExactly() throws {
        // Both the fast path and the fallback must give the correctly rounded double.
        var random = SeededRandomNumberGenerator(seed: 2026)
        for _ in 0 ..< 5000 {
            let value = Double(bitPattern: random.next())
            guard value.isFinite else { continue }
            for text in ["\(value)", String(format: "%.17g", value), String(format: "%.6f", value)] {
                guard let expected = Double(text) else { continue }
                let parsed = try json(text)
                #expect(parsed.doubleValue == expected, "\(text)")
            }
        }
        for text in ["0.5", "123.456", "9007199254740993", "1e22", "1e23", "4.35", "0.000001", "8.41e21"] {
            #expect(try json(text).doubleValue == Double(text), "\(text)")
        }
    }

    @Test(arguments: [
        ("01", "leading zeros are not allowed in numbers"),
        ("-01", "leading zeros are not allowed in numbers"),
        ("-", "found the end of input after '-'; expected a digit"),
        ("-a", "found 'a' after '-'; expected a digit"),
        ("1.", "found the end of input after the decimal point; expected a digit"),
        ("1.e3", "found 'e' after the decimal point; expected a digit"),
        ("1e", "found the end of input in an exponent; expected a digit"),
        ("1e+", "found the end of input in an exponent; expected a digit"),
        (".5", "found '.'; expected a value (object, array, string, number, true, false or null)"),
        ("+1", "found '+'; expected a value (object, array, string, number, true, false or null)"),
        ("0x10", "found 'x' after the JSON value; expected the end of input"),
        ("NaN", "found 'N'; expected a value (object, array, string, number, true, false or null)"),
        ("Infinity", "found 'I'; expected a value (object, array, string, number, true, false or null)"),
    ])
    func invalidNumbers(text: String, message: String) {
        #expect(parseError(text)?.message == message)
    }

    // MARK: - Strings

    @Test func escapes() throws {
        #expect(try json(#""\" \\ \/ \b \f \n \r \t""#) == .string("\" \\ / \u{8} \u{C} \n \r \t"))
        #expect(try json(#""caf\u00e9 \u00E9""#) == .string("café é"))
        #expect(try json(#""\u0000""#) == .string("\u{0}"))
        #expect(try json(#""\ud83d\ude00 \uD83D\uDE00""#) == .string("😀 😀"))
        #expect(try json(#""\u2028\u2029""#) == .string("\u{2028}\u{2029}"))
        #expect(try json("\"raw UTF-8: naïve 日本 😀\"") == .string("raw UTF-8: naïve 日本 😀"))
        #expect(try json(#""mixed: é\n日本""#) == .string("mixed: é\n日本"))
    }

    @Test func specialCharactersAtEveryPositionAroundTheWordScan() throws {
        // The scanner reads eight bytes at a time; a quote, backslash or non-ASCII byte must be
        // found wherever it falls in the word.
        for length in 0 ..< 40 {
            for position in 0 ... length {
                let prefix = String(repeating: "a", count: position)
                let suffix = String(repeating: "b", count: length - position)
                #expect(try json("\"\(prefix)\\n\(suffix)\"") == .string(prefix + "\n" + suffix))
                #expect(try json("\"\(prefix)é\(suffix)\"") == .string(prefix + "é" + suffix))
                #expect(try json("[\"\(prefix)\(suffix)\",1]") == [.string(prefix + suffix), 1])
                let control = parseError("\"\(prefix)\u{1}\(suffix)\"")
                #expect(control?.offset == position + 1)
            }
        }
    }

    @Test(arguments: [
        (#""\ud800""#, "unpaired high surrogate \\uD800; expected a low surrogate \\uDC00-\\uDFFF to follow", 1),
        (#""\ud800\u0041""#, "unpaired high surrogate \\uD800; expected a low surrogate \\uDC00-\\uDFFF to follow", 1),
        (#""x\udc00""#, "unpaired low surrogate \\uDC00; expected it to follow a high surrogate \\uD800-\\uDBFF", 2),
        (#""\u12""#, "found '\"' in a \\u escape; expected 4 hexadecimal digits", 5),
        (#""\u12g4""#, "found 'g' in a \\u escape; expected 4 hexadecimal digits", 5),
        (#""\x""#, "invalid escape '\\x'; expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX", 1),
        (#""\'""#, "invalid escape '\\''; expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX", 1),
        ("\"a\nb\"", "control character 0x0A must be escaped in a string; expected '\"' or a printable character", 2),
        ("\"tab\there\"", "control character 0x09 must be escaped in a string; expected '\"' or a printable character", 4),
        ("\"unterminated", "unexpected end of input inside a string; expected '\"'", 13),
        ("\"ends in escape\\", "unexpected end of input in an escape; expected a character after '\\'", 15),
    ])
    func invalidStrings(text: String, message: String, offset: Int) {
        let error = parseError(text)
        #expect(error?.message == message)
        #expect(error?.offset == offset)
    }

    @Test func invalidUTF8IsRejected() {
        for bytes: [UInt8] in [[0x22, 0xFF, 0x22], [0x22, 0x61, 0xC3, 0x22], [0x22, 0xED, 0xA0, 0x80, 0x22]] {
            #expect(throws: JSONParseError.self) { try JSONParser().parse(bytes) }
        }
        // With an escape in the string, the slow path must validate too.
        #expect(throws: JSONParseError.self) { try JSONParser().parse([0x22, 0x5C, 0x6E, 0xFF, 0x22]) }
    }

    // MARK: - Structure

    @Test(arguments: [
        ("", "unexpected end of input; expected a value"),
        ("   ", "unexpected end of input; expected a value"),
        ("[1, 2,]", "found ']' after ','; expected a value (trailing commas are not allowed)"),
        (#"{"a": 1,}"#, "found '}' after ','; expected '\"' to begin an object key (trailing commas are not allowed)"),
        (#"{"a" 1}"#, "found '1'; expected ':' after an object key"),
        (#"{"a": 1 "b": 2}"#, "found '\"'; expected ',' or '}' after an object member"),
        ("[1 2]", "found '2'; expected ',' or ']' after an array element"),
        ("{a: 1}", "found 'a'; expected '\"' to begin an object key"),
        ("{'a': 1}", "found '''; expected '\"' to begin an object key"),
        ("[1, 2", "unexpected end of input; expected ',' or ']' after an array element"),
        (#"{"a": 1"#, "unexpected end of input; expected ',' or '}' after an object member"),
        (#"{"a":"#, "unexpected end of input; expected a value"),
        ("{} x", "found 'x' after the JSON value; expected the end of input"),
        ("[1] [2]", "found '[' after the JSON value; expected the end of input"),
        ("tru", "invalid literal; expected 'true'"),
        ("nul", "invalid literal; expected 'null'"),
        ("falsy", "invalid literal; expected 'false'"),
        ("falsey", "found 'y' after the JSON value; expected the end of input"),
        ("[1] // comment", "found '/' after the JSON value; expected the end of input"),
        ("\u{FEFF}{}", "found byte 0xEF; expected a value (object, array, string, number, true, false or null)"),
    ])
    func invalidStructure(text: String, message: String) {
        #expect(parseError(text)?.message == message)
    }

    @Test func errorsCarryLineAndColumn() {
        let error = parseError("{\n  \"name\": \"web\",\n  \"replicas\": tru\n}")
        #expect(error?.line == 3)
        #expect(error?.column == 15)
        #expect(error?.offset == 33)
        #expect(
            error?.description
                == "invalid JSON at line 3, column 15 (byte 33): invalid literal; expected 'true'")
        // Columns count characters, not bytes.
        let unicode = parseError("[\"日本語\", x]")
        #expect(unicode?.line == 1)
        #expect(unicode?.column == 9)
        #expect(unicode?.offset == 14)
    }

    // MARK: - Depth

    @Test func nestingUpToTheLimitParses() throws {
        let deep = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        #expect(throws: Never.self) { try json(deep) }
        let objects = String(repeating: #"{"a":"#, count: 512) + "1" + String(repeating: "}", count: 512)
        #expect(throws: Never.self) { try json(objects) }
    }

    @Test func nestingBeyondTheLimitFails() {
        let tooDeep = String(repeating: "[", count: 513) + String(repeating: "]", count: 513)
        let error = parseError(tooDeep)
        #expect(error?.message == "nesting is deeper than the maximum depth of 512")
        #expect(error?.offset == 512)
    }

    @Test func nestingBombFailsFastWithoutExhaustingTheStack() {
        let bomb = String(repeating: "[", count: 1_000_000)
        #expect(parseError(bomb)?.message == "nesting is deeper than the maximum depth of 512")
        let objectBomb = String(repeating: #"{"a":"#, count: 200_000)
        #expect(parseError(objectBomb)?.message == "nesting is deeper than the maximum depth of 512")
    }

    @Test func depthLimitIsConfigurable() {
        let shallow = JSONParser(maximumDepth: 2)
        #expect((try? shallow.parse("[[1]]")) != nil)
        #expect(parseError("[[[1]]]", parser: shallow)?.message == "nesting is deeper than the maximum depth of 2")
        #expect((try? JSONParser(maximumDepth: 0).parse("1")) == .integer(1))
    }

    // MARK: - Round trip

    @Test func parseWriteParseRoundTrip() throws {
        let text = """
            {"apiVersion": "v1", "kind": "List", "metadata": {"resourceVersion": "42"},
             "items": [
               {"name": "a\\"b\\\\c\\u0001\\u2028", "weights": [0.1, 1e-7, 1e21, 2.5, 100],
                "big": 9223372036854775808, "min": -9223372036854775808, "flags": [true, false, null],
                "nested": {"": {"k": []}, "emoji": "😀", "empty": {}}}
             ]}
            """
        let first = try json(text)
        for options: JSONWriteOptions in [[], [.sortedKeys], [.prettyPrinted], [.sortedKeys, .prettyPrinted]] {
            let written = try first.jsonBytes(options: options)
            let second = try JSONParser().parse(written)
            #expect(second == first)
            #expect(try second.jsonBytes(options: options) == written)
        }
    }

    @Test func foundationReadsWhatWeWrite() throws {
        let value = try json(#"{"a": [1, 2.5, "x\u0000y", {"b": null}], "c": "日本"}"#)
        let object = try JSONSerialization.jsonObject(with: Data(try value.jsonBytes()))
        let dictionary = try #require(object as? [String: Any])
        #expect((dictionary["c"] as? String) == "日本")
        #expect(((dictionary["a"] as? [Any])?[2] as? String) == "x\u{0}y")
    }
}
