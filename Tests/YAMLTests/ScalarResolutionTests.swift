import KubeCore
import Testing
import YAML

/// The plain-scalar table of go-yaml v2 (sigs.k8s.io/yaml, kubectl), case by case.
@Suite struct ScalarResolutionTests {
    /// The value of `text` written as a plain scalar in a mapping.
    private func plain(_ text: String) throws -> JSONValue? {
        try YAML.parse("v: \(text)\n")["v"]
    }

    static let booleanCases: [(String, Bool)] = [
        ("y", true), ("Y", true), ("yes", true), ("Yes", true), ("YES", true),
        ("true", true), ("True", true), ("TRUE", true), ("on", true), ("On", true), ("ON", true),
        ("n", false), ("N", false), ("no", false), ("No", false), ("NO", false),
        ("false", false), ("False", false), ("FALSE", false), ("off", false), ("Off", false), ("OFF", false),
    ]

    @Test(arguments: booleanCases)
    func booleans(text: String, expected: Bool) throws {
        #expect(try plain(text) == .bool(expected))
    }

    @Test(arguments: ["", "~", "null", "Null", "NULL"])
    func nulls(text: String) throws {
        let value = try plain(text)
        #expect(value.map { identical($0, .null) } == true)
    }

    static let integerCases: [(String, Int64)] = [
        ("0", 0), ("-0", 0), ("12", 12), ("+12", 12), ("-12", -12),
        ("0777", 511), ("-0777", -511), ("0o777", 511), ("0O17", 15),
        ("0x1F", 31), ("0X1f", 31), ("-0x10", -16), ("0x_1F", 31),
        ("0b1010", 10), ("0B11", 3), ("-0b101010", -42),
        ("1_000", 1000), ("1__0", 10), ("1_", 1), ("+685_230", 685_230), ("0x_0A_74_AE", 685_230),
        ("9223372036854775807", .max), ("-9223372036854775808", .min),
        ("-0b1000000000000000000000000000000000000000000000000000000000000000", .min),
    ]

    @Test(arguments: integerCases)
    func integers(text: String, expected: Int64) throws {
        let value = try plain(text)
        #expect(value.map { identical($0, .integer(expected)) } == true, "\(text) → \(String(describing: value))")
    }

    static let floatCases: [(String, Double)] = [
        ("1.0", 1), ("1.", 1), ("0.5", 0.5), (".5", 0.5), ("-.5", -0.5), ("+.5e2", 50),
        ("1e3", 1000), ("1E3", 1000), ("1.5e-3", 0.0015), ("123456e1", 1_234_560),
        ("6.8523e+5", 685_230), ("685.230_15e+03", 685_230.15), ("685_230.15", 685_230.15),
        // Not octal (8 and 9 are no octal digits), so decimal floats.
        ("08", 8), ("0778", 778), ("09.5", 9.5),
        // Beyond int64: uint64 and larger decimals become the nearest double, as Kubernetes'
        // JSON decoding makes of them; so do hex literals beyond 64 bits (go-yaml's big.Int).
        ("9223372036854775808", 0x1p63), ("18446744073709551615", 0x1p64),
        ("18446744073709551616", 0x1p64), ("-9223372036854775809", -0x1p63), ("0x10000000000000000", 0x1p64),
        ("1e-400", 0), (".5_0", 0.5),
        (".inf", .infinity), (".Inf", .infinity), (".INF", .infinity), ("+.inf", .infinity), ("+.INF", .infinity),
        ("-.inf", -.infinity), ("-.Inf", -.infinity), ("-.INF", -.infinity),
    ]

    @Test(arguments: floatCases)
    func floats(text: String, expected: Double) throws {
        let value = try plain(text)
        #expect(value.map { identical($0, .number(expected)) } == true, "\(text) → \(String(describing: value))")
    }

    @Test(arguments: [".nan", ".NaN", ".NAN"])
    func notANumber(text: String) throws {
        guard case let .number(value)? = try plain(text) else {
            Issue.record("\(text) is not a float")
            return
        }
        #expect(value.isNaN)
    }

    /// Texts that look like something else but are strings to go-yaml.
    static let stringCases = [
        "tRUE", "yEs", "nO", "oN", "nULL", "Nul", "yes please", "~~",
        "1:20", "190:20:30.15", "2015-01-01", "2001-12-14t21:59:43.10-05:00", "2015-02-24 18:19:39",
        "1.2.3", "1e", "1e+", "0x", "0b", "0x1G", "_1", "+", "+.nan", "-.nan", ".iNf", "inf", "nan", "-inf",
        ".", "._5", ".1_", "1e400", ".5e999", "50cent_of_dollar", "-b_c", "+b_c", "<<", "=", "0b102", "12abc",
        "0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFZ",
    ]

    @Test(arguments: stringCases)
    func strings(text: String) throws {
        #expect(try plain(text) == .string(text))
    }

    @Test func quotedAndBlockScalarsAreStrings() throws {
        let value = try YAML.parse("""
            a: 'yes'
            b: "1"
            c: "null"
            d: ''
            e: |
              123
            f: >-
              true
            g: "0x1F"
            """)
        #expect(value == ["a": "yes", "b": "1", "c": "null", "d": "", "e": "123\n", "f": "true", "g": "0x1F"])
    }

    @Test func integersBeyondTheDoubleRangeAreErrors() throws {
        let text = "0x" + String(repeating: "F", count: 300)
        #expect(throws: YAMLError.self) { try YAML.parse("v: \(text)") }
    }

    static let taggedCases: [(String, JSONValue)] = [
        ("!!str 123", "123"), ("!!str yes", "yes"), ("!!str ~", "~"), ("!!str", ""),
        ("!!int \"42\"", 42), ("!!int 0x10", 16), ("!!float 1", .number(1)), ("!!float '1.5'", 1.5),
        ("!!float -1", .number(-1)), ("!!bool yes", true), ("!!bool \"false\"", false),
        ("!!null ''", nil), ("!!null null", nil),
        ("!!binary aGVsbG8=", "aGVsbG8="), ("!!timestamp 2015-01-01", "2015-01-01"),
        ("!foo 12", "12"), ("! 12", "12"), ("!<tag:yaml.org,2002:int> '7'", 7), ("!!map 5", "5"),
    ]

    @Test(arguments: taggedCases)
    func explicitTags(text: String, expected: JSONValue) throws {
        let value = try plain(text)
        #expect(value.map { identical($0, expected) } == true, "\(text) → \(String(describing: value))")
    }

    static let badlyTaggedCases: [(String, String)] = [
        ("!!int abc", "cannot decode !!str `abc` as a !!int"),
        ("!!int 1.5", "cannot decode !!float `1.5` as a !!int"),
        ("!!bool 1", "cannot decode !!int `1` as a !!bool"),
        ("!!null 0", "cannot decode !!int `0` as a !!null"),
        ("!!float yes", "cannot decode !!bool `yes` as a !!float"),
        ("!!float 18446744073709551615", "cannot decode !!int `18446744073709551615` as a !!float"),
    ]

    @Test(arguments: badlyTaggedCases)
    func explicitTagsMustMatch(text: String, message: String) throws {
        let error = #expect(throws: YAMLError.self) { try plain(text) }
        #expect(error?.message == message)
        #expect(error?.line == 1)
        #expect(error?.column == 4)
    }
}
