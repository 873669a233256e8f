import KubeCore
import Testing

@testable import BatonAPI

struct QuantityTests {
    @Test(arguments: [
        ("1", 1), ("500m", 0.5), ("2Gi", 2 * 0x1p30), ("1Ki", 1024), ("1.5", 1.5), (".5", 0.5), ("5.", 5),
        ("+1k", 1000), ("-2", -2), ("1e3", 1000), ("1E-2", 0.01), ("1E", 1e18), ("100n", 1e-7), ("100m", 0.1), ("0.9", 0.9),
    ] as [(String, Double)])
    func parses(_ text: String, _ value: Double) throws {
        let quantity = try #require(Quantity(text))
        #expect(quantity.value == value)
        #expect(quantity.text == text)
    }

    /// The parser and the schema's pattern accept the same strings.
    @Test(arguments: ["", "m", ".", "1.2.3", "1 Gi", "1GB", "1e", "1e+", "Gi", "1i", "0x10", "1,5", "1mi", "--1"])
    func rejects(_ text: String) throws {
        #expect(Quantity(text) == nil)
        #expect(!text.contains(try Regex(Quantity.pattern)))
    }

    @Test func agreesWithThePatternOnWhatItAccepts() throws {
        let pattern = try Regex(Quantity.pattern)
        for text in ["1", "500m", "2Gi", "1.5", ".5", "5.", "+1k", "1e3", "1E-2", "1E", "100n"] {
            #expect(text.contains(pattern), "\(text)")
        }
    }

    @Test func decodesFromStringsAndIntegersAndEncodesAsAString() throws {
        #expect(try (1 as JSONValue).decode(Quantity.self) == Quantity("1"))
        #expect(try ("250m" as JSONValue).decode(Quantity.self).value == 0.25)
        #expect(try JSONValue(encoding: [Quantity(4)]) == ["4"])
        #expect(throws: DecodingError.self) { try (0.5 as JSONValue).decode(Quantity.self) }
    }
}
