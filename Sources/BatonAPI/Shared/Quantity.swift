import Foundation

/// A Kubernetes quantity (`resource.Quantity`): `500m`, `2Gi`, `1.5`, `1e3`. Resource lists
/// use it, and so does every threshold in a spec, because API conventions keep floating-point
/// numbers out of specs: a threshold is the string `"0.9"`, which round-trips exactly.
///
/// It decodes from a string or an integer (YAML's `nvidia.com/gpu: 1`), as the CRD schema
/// admits both, and rejects anything outside the grammar with a `DecodingError`, so a value
/// that got this far has a numeric meaning. It encodes as the string it was written as.
public struct Quantity: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// As written, e.g. `500m`.
    public let text: String
    /// The amount it stands for: `500m` is 0.5, `1Ki` is 1024. A `Double` is enough to compare
    /// with thresholds and ceilings, not to do exact arithmetic on large quantities.
    public let value: Double

    /// The grammar of `resource.Quantity`, as controller-gen writes it into CRDs (RE2).
    public static let pattern =
        #"^(\+|-)?(([0-9]+(\.[0-9]*)?)|(\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\+|-)?(([0-9]+(\.[0-9]*)?)|(\.[0-9]+))))?$"#

    /// Parses `text`; `nil` when it is not a quantity.
    public init?(_ text: String) {
        guard let value = Self.parse(text) else { return nil }
        self.text = text
        self.value = value
    }

    /// A literal in code, which must be a quantity.
    public init(stringLiteral text: String) {
        guard let quantity = Quantity(text) else { preconditionFailure("\"\(text)\" is not a quantity") }
        self = quantity
    }

    public init(_ integer: Int64) {
        self.text = String(integer)
        self.value = Double(integer)
    }

    public var description: String { text }

    /// Each suffix as a binary multiplier or a power of ten.
    private static let suffixes: [Substring: (binary: Double, decimalExponent: Double)] = [
        "Ki": (0x1p10, 0), "Mi": (0x1p20, 0), "Gi": (0x1p30, 0), "Ti": (0x1p40, 0), "Pi": (0x1p50, 0), "Ei": (0x1p60, 0),
        "n": (1, -9), "u": (1, -6), "m": (1, -3), "": (1, 0), "k": (1, 3), "M": (1, 6), "G": (1, 9), "T": (1, 12),
        "P": (1, 15), "E": (1, 18),
    ]

    /// The number (sign, digits, at most one `.`, at least one digit) and then a suffix or an
    /// exponent, exactly as `pattern` reads it.
    private static func parse(_ text: String) -> Double? {
        let characters = Substring(text)
        let numberEnd = decimalPrefixEnd(characters)
        guard numberEnd > characters.startIndex, let number = Double(characters[..<numberEnd]) else { return nil }
        let suffix = characters[numberEnd...]
        let result: Double
        if let (binary, exponent) = suffixes[suffix] {
            result = scaled(number, byPowerOfTen: exponent) * binary
        } else {
            guard let marker = suffix.first, marker == "e" || marker == "E" else { return nil }
            let exponentText = suffix.dropFirst()
            guard decimalPrefixEnd(exponentText) == exponentText.endIndex, let exponent = Double(exponentText) else {
                return nil
            }
            result = scaled(number, byPowerOfTen: exponent)
        }
        return result.isFinite ? result : nil
    }

    /// Divides for negative exponents: powers of ten up to 1e22 are exact, their inverses are
    /// not, so `100m` gives exactly the double nearest 0.1.
    private static func scaled(_ number: Double, byPowerOfTen exponent: Double) -> Double {
        exponent < 0 ? number / pow(10, -exponent) : number * pow(10, exponent)
    }

    /// Where the leading `(\+|-)?(([0-9]+(\.[0-9]*)?)|(\.[0-9]+))` of `text` ends; its start
    /// when there is none.
    private static func decimalPrefixEnd(_ text: Substring) -> Substring.Index {
        var index = text.startIndex
        if let first = text.first, first == "+" || first == "-" { index = text.index(after: index) }
        var digits = 0
        var sawPoint = false
        while index < text.endIndex {
            let character = text[index]
            if character.isASCII, character.isNumber {
                digits += 1
            } else if character == ".", !sawPoint {
                sawPoint = true
            } else {
                break
            }
            index = text.index(after: index)
        }
        return digits > 0 ? index : text.startIndex
    }
}

extension Quantity: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let integer = try? container.decode(Int64.self) {
            self.init(integer)
            return
        }
        guard let text = try? container.decode(String.self) else {
            throw DecodingError.typeMismatch(
                Quantity.self,
                .init(codingPath: decoder.codingPath,
                      debugDescription: "expected a quantity: a string such as \"500m\", \"2Gi\" or \"0.9\", or an integer"))
        }
        guard let quantity = Quantity(text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath,
                      debugDescription: "\"\(text)\" is not a quantity: expected a number with an optional suffix "
                          + "(n, u, m, k, M, G, T, P, E, Ki, Mi, Gi, Ti, Pi, Ei) or exponent, such as \"500m\" or \"2Gi\""))
        }
        self = quantity
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
