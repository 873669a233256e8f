import KubeCore
import Testing

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

    /// apimachinery's quantity tests (TestQuantityParseEmit, TestQuantityString's alternates,
    /// TestNewSet, the rounding cases of TestQuantityParse): what kube-apiserver writes back.
    @Test(arguments: [
        ("1Ki", "1Ki"), ("1Mi", "1Mi"), ("1Gi", "1Gi"), ("1024Mi", "1Gi"), ("1000M", "1G"), (".001Ki", "1024m"),
        (".000001Ki", "1024u"), (".000000001Ki", "1024n"), (".000000000001Ki", "2n"),
        ("307200Ki", "300Mi"), ("1025024Mi", "1001Gi"), ("1024Gi", "1Ti"), ("5000m", "5"), ("0.5", "500m"),
        ("0.001T", "1G"), ("1000u", "1m"), ("1.08", "1080m"), ("1080000000n", "1080m"), ("1000E", "1e21"),
        ("5000E", "5e21"), (".001e12", "1e9"), ("0.001e0", "1e-3"), ("1000e-12", "1e-9"), ("00", "0"),
        ("1000", "1k"), ("1234000", "1234k"), ("1024", "1024"), ("1025", "1025"), ("0.5Ki", "512"),
        ("1.5Gi", "1536Mi"), ("1.5", "1500m"), ("100.035Ki", "102435840m"), ("1.2e3", "1200"), ("12e6", "12e6"),
        ("3.001n", "4n"), ("0.0000000001", "1n"), ("0.00000012345", "124n"), ("1.", "1"), ("1.G", "1G"),
        ("-1.5", "-1500m"), ("-0.5Ki", "-512"), ("-2048Ki", "-2Mi"), ("+1k", "1k"), ("0Gi", "0"), ("-0", "0"),
        ("100m", "100m"), ("2", "2"), ("16Gi", "16Gi"),
    ] as [(String, String)])
    func canonicalFormIsWhatTheAPIServerWrites(_ text: String, _ canonical: String) throws {
        #expect(try #require(Quantity(text)).canonical == canonical)
        #expect(Quantity(canonical)?.canonical == canonical, "canonical form is a fixed point")
    }

    @Test func anAmountTheAPIServerCannotHoldHasNoCanonicalForm() throws {
        #expect(("1e1.5" as Quantity).canonical == nil, "a fractional exponent")
        #expect(("1e40" as Quantity).canonical == nil, "beyond 128 bits of nano-units")
        #expect(try #require(Quantity(String(repeating: "9", count: 40))).canonical == nil)
    }
}
