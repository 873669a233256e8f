import Foundation

/// A Kubernetes `metav1.Time`: an instant with whole-second precision, written as RFC 3339 in
/// UTC (`"2026-11-27T06:19:31Z"`).
///
/// The precision is the serialized one on purpose: a time built from the clock compares equal
/// to the same time read back from the API server, so comparing desired with observed state
/// does not see a difference that only sub-second digits would make.
public struct KubeTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var secondsSince1970: Int64

    public init(secondsSince1970: Int64) {
        self.secondsSince1970 = secondsSince1970
    }

    /// The date truncated to its whole second.
    public init(_ date: Date) {
        self.init(secondsSince1970: Self.wholeSeconds(date.timeIntervalSince1970.rounded(.down)))
    }

    /// Parses RFC 3339, accepting what Go's `time.Parse(time.RFC3339, …)` accepts: a fraction
    /// (dropped here) and a numeric offset.
    public init(rfc3339 text: String) throws(TimestampParseError) {
        self.init(secondsSince1970: try RFC3339.parse(text).seconds)
    }

    public var date: Date {
        Date(timeIntervalSince1970: TimeInterval(secondsSince1970))
    }

    /// `2026-11-27T06:19:31Z`.
    public var rfc3339: String {
        RFC3339.format(seconds: secondsSince1970, nanoseconds: 0, fractionDigits: 0)
    }

    public var description: String { rfc3339 }

    public static func < (lhs: KubeTime, rhs: KubeTime) -> Bool {
        lhs.secondsSince1970 < rhs.secondsSince1970
    }

    /// Seconds since 1970 as an integer, saturating instead of trapping on absurd dates.
    static func wholeSeconds(_ seconds: Double) -> Int64 {
        if seconds.isNaN { return 0 }
        if seconds >= 9.2e18 { return .max }
        if seconds <= -9.2e18 { return .min }
        return Int64(seconds)
    }
}

extension KubeTime: Codable {
    public init(from decoder: any Decoder) throws {
        self.init(secondsSince1970: try RFC3339.decode(from: decoder).seconds)
    }

    public func encode(to encoder: any Encoder) throws {
        try RFC3339.encode(self, seconds: secondsSince1970, nanoseconds: 0, fractionDigits: 0, to: encoder)
    }
}
