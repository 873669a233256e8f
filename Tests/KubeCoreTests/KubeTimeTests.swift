import Foundation
import TestSupport
import Testing

@testable import KubeCore

@Suite struct KubeTimeTests {
    @Test(arguments: [
        ("2026-11-27T06:19:31Z", Int64(1_795_760_371)),
        ("2026-11-27T07:19:31+01:00", 1_795_760_371),
        ("2026-11-26T23:49:31-06:30", 1_795_760_371),
        ("2026-11-27t06:19:31z", 1_795_760_371),
        ("2026-11-27T06:19:31.999999999Z", 1_795_760_371),
        ("2024-02-29T12:00:00Z", 1_709_208_000),
        ("1970-01-01T00:00:00Z", 0),
        ("1969-12-31T23:59:59Z", -1),
        ("0001-01-01T00:00:00Z", -62_135_596_800),
        ("9999-12-31T23:59:59Z", 253_402_300_799),
    ])
    func parses(text: String, seconds: Int64) throws {
        #expect(try KubeTime(rfc3339: text).secondsSince1970 == seconds)
    }

    @Test func formatsInUTCWithSeconds() {
        #expect(KubeTime(secondsSince1970: 1_795_760_371).rfc3339 == "2026-11-27T06:19:31Z")
        #expect(KubeTime(secondsSince1970: -1).description == "1969-12-31T23:59:59Z")
        #expect(KubeTime(secondsSince1970: 1_709_208_000).rfc3339 == "2024-02-29T12:00:00Z")
    }

    @Test func formatRoundTripsAcrossYears() throws {
        var random = SeededRandomNumberGenerator(seed: 1)
        for _ in 0 ..< 2000 {
            let seconds = Int64(random.next() % 253_402_300_800) - 62_135_596_800
            let time = KubeTime(secondsSince1970: seconds)
            #expect(try KubeTime(rfc3339: time.rfc3339) == time)
        }
    }

    @Test(arguments: [
        ("2026-02-29T00:00:00Z", "day 29 is out of range for month 2"),
        ("2100-02-29T00:00:00Z", "day 29 is out of range for month 2"),
        ("2026-04-31T00:00:00Z", "day 31 is out of range for month 4"),
        ("2026-13-01T00:00:00Z", "month 13 is out of range"),
        ("2026-00-01T00:00:00Z", "month 0 is out of range"),
        ("2026-11-27T24:00:00Z", "hour 24 is out of range"),
        ("2026-11-27T06:60:00Z", "minute 60 is out of range"),
        ("2026-11-27T06:19:60Z", "second 60 is out of range"),
        ("2026-11-27 06:19:31Z", "expected the form 2006-01-02T15:04:05Z"),
        ("2026-11-27T06:19:31", "missing time zone; expected 'Z' or an offset like +01:00"),
        ("2026-11-27T06:19:31.Z", "expected digits after the decimal point"),
        ("2026-11-27T06:19:31+0100", "expected the form 2006-01-02T15:04:05Z"),
        ("2026-11-27T06:19:31+24:00", "time zone offset out of range"),
        ("2026-11-27T06:19:31ZZ", "unexpected characters after the time zone"),
        ("26-11-27T06:19:31Z", "expected the form 2006-01-02T15:04:05Z"),
        ("", "expected the form 2006-01-02T15:04:05Z"),
    ])
    func rejects(text: String, message: String) {
        do {
            _ = try KubeTime(rfc3339: text)
            Issue.record("accepted \(text)")
        } catch {
            #expect(error.message == message)
            #expect(error.description == "invalid timestamp \"\(text)\": \(message)")
        }
    }

    @Test func dateConversionTruncatesToTheSecond() {
        let date = Date(timeIntervalSince1970: 1_795_760_371.75)
        #expect(KubeTime(date).secondsSince1970 == 1_795_760_371)
        #expect(KubeTime(Date(timeIntervalSince1970: -0.5)).secondsSince1970 == -1)
        #expect(KubeTime(secondsSince1970: 10).date == Date(timeIntervalSince1970: 10))
        #expect(KubeTime(secondsSince1970: 1) < KubeTime(secondsSince1970: 2))
    }

    @Test func microTime() throws {
        let time = try KubeMicroTime(rfc3339: "2026-11-27T06:19:31.123456789Z")
        #expect(time.secondsSince1970 == 1_795_760_371)
        #expect(time.microseconds == 123_456)
        #expect(time.rfc3339 == "2026-11-27T06:19:31.123456Z")
        #expect(try KubeMicroTime(rfc3339: "2026-11-27T06:19:31Z").rfc3339 == "2026-11-27T06:19:31.000000Z")
        #expect(try KubeMicroTime(rfc3339: "2026-11-27T06:19:31.5+01:00").rfc3339 == "2026-11-27T05:19:31.500000Z")
        #expect(KubeMicroTime(Date(timeIntervalSince1970: 1_795_760_371.000_001)).microseconds == 1)
        #expect(KubeMicroTime(secondsSince1970: 0, microseconds: -1).rfc3339 == "1969-12-31T23:59:59.999999Z")
        #expect(KubeMicroTime(secondsSince1970: 5, microseconds: 2_000_000) == KubeMicroTime(secondsSince1970: 7))
        #expect(KubeMicroTime(secondsSince1970: 1, microseconds: 5) < KubeMicroTime(secondsSince1970: 1, microseconds: 6))
    }

    private struct Stamped: Codable, Equatable {
        var at: KubeTime
        var renewTime: KubeMicroTime?
    }

    @Test func codable() throws {
        let value = Stamped(at: KubeTime(secondsSince1970: 1_795_760_371), renewTime: KubeMicroTime(secondsSince1970: 0, microseconds: 42))
        let tree = try JSONValue(encoding: value)
        #expect(tree == ["at": "2026-11-27T06:19:31Z", "renewTime": "1970-01-01T00:00:00.000042Z"])
        #expect(try tree.decode(Stamped.self) == value)
        let unparsable: JSONValue = ["at": "yesterday"]
        #expect(throws: DecodingError.self) { try unparsable.decode(Stamped.self) }
        #expect(throws: EncodingError.self) { try JSONValue(encoding: Stamped(at: KubeTime(secondsSince1970: 300_000_000_000))) }
        #expect(throws: EncodingError.self) { try JSONValue(encoding: Stamped(at: KubeTime(secondsSince1970: -62_135_596_801 - 86400 * 366))) }
    }
}
