import Drift
import Testing

struct BoundTextTests {
    @Test(arguments: [
        ("0.5", 0.5), ("1e3", 1000), ("1e+06", 1e6), ("2.5E-1", 0.25), ("-2", -2), ("10", 10), ("+Inf", .infinity),
        ("Inf", .infinity),
    ] as [(String, Double)])
    func parsesLeLabels(_ text: String, _ bound: Double) throws {
        #expect(try BoundText.parse(text) == bound)
    }

    /// NaN and -Inf are numbers to Double(_:), but no bucket can end there.
    @Test(arguments: ["", "abc", "1,5", " 1", "1 ", "0.5s", "NaN", "-Inf", "inf+", "0x"])
    func rejectsWhatIsNotABound(_ text: String) {
        #expect(throws: HistogramError.invalidBound(text)) { try BoundText.parse(text) }
        #expect(HistogramError.invalidBound(text).description == "bucket bound \"\(text)\" is not a number or +Inf")
    }

    @Test func formatsAsPrometheusWould() {
        #expect(BoundText.format(.infinity) == "+Inf")
        #expect(BoundText.format(0.5) == "0.5")
        #expect(BoundText.format(100) == "100")
        #expect(BoundText.format(-2.5) == "-2.5")
    }
}
