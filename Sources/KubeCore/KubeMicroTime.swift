import Foundation

/// A Kubernetes `metav1.MicroTime`: an instant with microsecond precision, written as RFC 3339
/// in UTC with six fraction digits (`"2026-11-27T06:19:31.123456Z"`). Leases and events.k8s.io
/// Events use it.
public struct KubeMicroTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var secondsSince1970: Int64
    /// 0 ..< 1_000_000.
    public var microseconds: Int32

    /// `microseconds` outside 0 ..< 1_000_000 carries into the seconds.
    public init(secondsSince1970: Int64, microseconds: Int32 = 0) {
        let carry = RFC3339.floorDivide(Int64(microseconds), 1_000_000)
        self.secondsSince1970 = secondsSince1970 &+ carry
        self.microseconds = Int32(Int64(microseconds) - carry * 1_000_000)
    }

    /// The date to the nearest microsecond (a `Date` holds a `Double`, whose error near the
    /// present is a fraction of a microsecond).
    public init(_ date: Date) {
        let seconds = date.timeIntervalSince1970.rounded(.down)
        let micros = ((date.timeIntervalSince1970 - seconds) * 1_000_000).rounded()
        self.init(secondsSince1970: KubeTime.wholeSeconds(seconds), microseconds: Int32(micros))
    }

    /// Parses RFC 3339 with any fraction (digits past the sixth are dropped) and offset.
    public init(rfc3339 text: String) throws(TimestampParseError) {
        let (seconds, nanoseconds) = try RFC3339.parse(text)
        self.init(secondsSince1970: seconds, microseconds: nanoseconds / 1000)
    }

    public var date: Date {
        Date(timeIntervalSince1970: TimeInterval(secondsSince1970) + TimeInterval(microseconds) / 1_000_000)
    }

    /// `2026-11-27T06:19:31.123456Z`.
    public var rfc3339: String {
        RFC3339.format(seconds: secondsSince1970, nanoseconds: microseconds * 1000, fractionDigits: 6)
    }

    public var description: String { rfc3339 }

    public static func < (lhs: KubeMicroTime, rhs: KubeMicroTime) -> Bool {
        (lhs.secondsSince1970, lhs.microseconds) < (rhs.secondsSince1970, rhs.microseconds)
    }
}

extension KubeMicroTime: Codable {
    public init(from decoder: any Decoder) throws {
        let (seconds, nanoseconds) = try RFC3339.decode(from: decoder)
        self.init(secondsSince1970: seconds, microseconds: nanoseconds / 1000)
    }

    public func encode(to encoder: any Encoder) throws {
        try RFC3339.encode(self, seconds: secondsSince1970, nanoseconds: microseconds * 1000, fractionDigits: 6, to: encoder)
    }
}
