/// A duration written as Gateway API writes one (GEP-2257): up to four groups of up to five
/// digits, each with a unit `h`, `m`, `s` or `ms` — `2m`, `1h30m`, `500ms`.
///
/// API conventions ask for integer `fooSeconds` fields because Go's duration syntax is hard for
/// other clients to parse; this bounded subset is easy for any client, and `pause: 2m` reads
/// better for the pauses, intervals and windows users write by hand. It decodes only from that
/// syntax, with a `DecodingError` naming it otherwise, and encodes as written.
public struct KubeDuration: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// As written, e.g. `1h30m`.
    public let text: String
    public let duration: Duration

    /// The syntax as an RE2 pattern, for the CRD schema.
    public static let pattern = "^([0-9]{1,5}(h|m|s|ms)){1,4}$"

    /// Parses `text`; `nil` when it is not in the syntax.
    public init?(_ text: String) {
        guard let duration = Self.parse(text) else { return nil }
        self.text = text
        self.duration = duration
    }

    /// A literal in code, which must be in the syntax.
    public init(stringLiteral text: String) {
        guard let duration = KubeDuration(text) else { preconditionFailure("\"\(text)\" is not a duration") }
        self = duration
    }

    public var description: String { text }

    private static func parse(_ text: String) -> Duration? {
        var rest = Substring(text)
        var total = Duration.zero
        var groups = 0
        while !rest.isEmpty {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            guard (1...5).contains(digits.count), let amount = Int64(digits) else { return nil }
            rest = rest.dropFirst(digits.count)
            if rest.hasPrefix("ms") {
                total += .milliseconds(amount)
                rest = rest.dropFirst(2)
            } else if rest.hasPrefix("h") {
                total += .seconds(amount * 3600)
                rest = rest.dropFirst()
            } else if rest.hasPrefix("m") {
                total += .seconds(amount * 60)
                rest = rest.dropFirst()
            } else if rest.hasPrefix("s") {
                total += .seconds(amount)
                rest = rest.dropFirst()
            } else {
                return nil
            }
            groups += 1
        }
        return (1...4).contains(groups) ? total : nil
    }
}

extension KubeDuration: Codable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let duration = KubeDuration(text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath,
                      debugDescription: "\"\(text)\" is not a duration: expected up to four groups of a number "
                          + "and a unit h, m, s or ms, such as \"2m\", \"1h30m\" or \"500ms\""))
        }
        self = duration
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
