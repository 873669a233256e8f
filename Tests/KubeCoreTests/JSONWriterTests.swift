import Foundation
import TestSupport
import Testing

@testable import KubeCore

@Suite struct JSONWriterTests {
    @Test func compactKeepsKeyOrder() throws {
        let value = try json(#"{ "zeta" : 1, "alpha" : [ true, null, "x" ], "m" : { } , "e": []}"#)
        #expect(try value.jsonString() == #"{"zeta":1,"alpha":[true,null,"x"],"m":{},"e":[]}"#)
    }

    @Test func sortedKeysUseByteOrder() throws {
        let value: JSONValue = ["b": 1, "a": ["z": 1, "y": 2], "B": 3, "é": 4, "e": 5, "aa": 6]
        #expect(try value.jsonString(options: .sortedKeys) == #"{"B":3,"a":{"y":2,"z":1},"aa":6,"b":1,"e":5,"é":4}"#)
    }

    @Test func prettyPrintingUsesTwoSpaces() throws {
        let value = try json(#"{"a": 1, "b": [1, {"c": "d"}], "e": {}, "f": [], "g": {"h": null}}"#)
        let expected = """
            {
              "a": 1,
              "b": [
                1,
                {
                  "c": "d"
                }
              ],
              "e": {},
              "f": [],
              "g": {
                "h": null
              }
            }
            """
        #expect(try value.jsonString(options: .prettyPrinted) == expected)
        #expect(try JSONValue.string("x").jsonString(options: .prettyPrinted) == #""x""#)
    }

    @Test func stringEscapes() throws {
        let value = JSONValue.string("quote\" backslash\\ slash/ \u{8}\u{C}\n\r\t \u{0}\u{1F}\u{7F} é 日本 😀 \u{2028}\u{2029}")
        #expect(
            try value.jsonString()
                == #""quote\" backslash\\ slash/ \b\f\n\r\t \u0000\u001f"# + "\u{7F} é 日本 😀 " + #"\u2028\u2029""#)
        // E2 80 xx bytes that are not U+2028/U+2029 pass through.
        #expect(try JSONValue.string("\u{2026}\u{2030}").jsonString() == "\"\u{2026}\u{2030}\"")
    }

    @Test func integers() throws {
        #expect(try JSONValue.integer(0).jsonString() == "0")
        #expect(try JSONValue.integer(-7).jsonString() == "-7")
        #expect(try JSONValue.integer(.max).jsonString() == "9223372036854775807")
        #expect(try JSONValue.integer(.min).jsonString() == "-9223372036854775808")
    }

    /// The expected texts are what Go's `json.Marshal` writes for the same float64.
    @Test(arguments: [
        (0.0, "0"),
        (-0.0, "-0"),
        (1.0, "1"),
        (100.0, "100"),
        (-2.5, "-2.5"),
        (0.1, "0.1"),
        (1.0 / 3.0, "0.3333333333333333"),
        (123456.789, "123456.789"),
        (1e20, "100000000000000000000"),
        (1e21, "1e+21"),
        (1.5e300, "1.5e+300"),
        (9.223372036854775808e18, "9223372036854776000"),
        (0.000001, "0.000001"),
        (1e-7, "1e-7"),
        (1.5e-7, "1.5e-7"),
        (1.2345e-10, "1.2345e-10"),
        (Double.leastNonzeroMagnitude, "5e-324"),
        (1.7976931348623157e308, "1.7976931348623157e+308"),
        (4.35, "4.35"),
    ])
    func doublesPrintLikeGo(value: Double, expected: String) throws {
        #expect(try JSONValue.number(value).jsonString() == expected)
        #expect(JSONValue.numberText(value) == expected)
    }

    @Test func doublesRoundTrip() throws {
        var random = SeededRandomNumberGenerator(seed: 7)
        for _ in 0 ..< 5000 {
            let value = Double(bitPattern: random.next())
            guard value.isFinite, let text = JSONValue.numberText(value) else { continue }
            #expect(Double(text) == value, "\(value) printed as \(text)")
            #expect(try json(text).doubleValue == value, "\(text)")
        }
    }

    @Test func nonFiniteNumbersThrowWithTheirPath() {
        #expect(JSONValue.numberText(.nan) == nil)
        #expect(JSONValue.numberText(.infinity) == nil)
        let value: JSONValue = ["spec": ["weights": [1, .number(.infinity)]], "ok": 1]
        do {
            _ = try value.jsonBytes()
            Issue.record("expected an error")
        } catch {
            #expect(error.path == JSONPointer(tokens: ["spec", "weights", "1"]))
            #expect(error.value == .infinity)
            #expect(
                error.description
                    == "cannot write inf at /spec/weights/1 as JSON: JSON has no representation for NaN or infinity")
        }
        #expect(throws: JSONWriteError.self) { try JSONValue.number(.nan).jsonString() }
    }
}
