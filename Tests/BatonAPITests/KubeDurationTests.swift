import Testing

@testable import BatonAPI

struct KubeDurationTests {
    @Test(arguments: [
        ("2m", Duration.seconds(120)), ("1h30m", .seconds(5400)), ("500ms", .milliseconds(500)), ("0s", .zero),
        ("1h1m1s1ms", .milliseconds(3_661_001)), ("99999h", .seconds(99999 * 3600)),
    ] as [(String, Duration)])
    func parses(_ text: String, _ duration: Duration) throws {
        #expect(KubeDuration(text)?.duration == duration)
        #expect(text.contains(try Regex(KubeDuration.pattern)))
    }

    @Test(arguments: ["", "2", "m", "2 m", "1.5h", "100000s", "1h1m1s1ms1h", "2d", "-1s", "1H", "2mss"])
    func rejects(_ text: String) throws {
        #expect(KubeDuration(text) == nil)
        #expect(!text.contains(try Regex(KubeDuration.pattern)))
    }
}
