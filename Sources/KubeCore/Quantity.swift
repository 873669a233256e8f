import Foundation

/// A Kubernetes quantity (`resource.Quantity`): `500m`, `2Gi`, `1.5`, `1e3`. Resource lists
/// use it, and so does every threshold in a Baton spec, because API conventions keep
/// floating-point numbers out of specs: a threshold is the string `"0.9"`, which round-trips
/// exactly.
///
/// It decodes from a string or an integer (YAML's `nvidia.com/gpu: 1`), as a CRD schema admits
/// both, and rejects anything outside the grammar with a `DecodingError`, so a value that got
/// this far has a numeric meaning. It encodes as the string it was written as; `canonical` is
/// the form the API server stores a built-in object's quantity in.
public struct Quantity: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// As written, e.g. `500m`.
    public let text: String
    /// The amount it stands for: `500m` is 0.5, `1Ki` is 1024. A `Double` is enough to compare
    /// with thresholds and ceilings, not to do exact arithmetic on large quantities.
    public let value: Double
    private let parts: Parts

    /// The grammar of `resource.Quantity`, as controller-gen writes it into CRDs (RE2).
    public static let pattern =
        #"^(\+|-)?(([0-9]+(\.[0-9]*)?)|(\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\+|-)?(([0-9]+(\.[0-9]*)?)|(\.[0-9]+))))?$"#

    /// Parses `text`; `nil` when it is not a quantity.
    public init?(_ text: String) {
        guard let parts = Parts(text), let value = parts.value else { return nil }
        self.text = text
        self.value = value
        self.parts = parts
    }

    /// A literal in code, which must be a quantity.
    public init(stringLiteral text: String) {
        guard let quantity = Quantity(text) else { preconditionFailure("\"\(text)\" is not a quantity") }
        self = quantity
    }

    public init(_ integer: Int64) {
        self.init(String(integer))!
    }

    public var description: String { text }

    public static func == (lhs: Quantity, rhs: Quantity) -> Bool { lhs.text == rhs.text }
    public func hash(into hasher: inout Hasher) { hasher.combine(text) }

    /// How kube-apiserver writes this quantity back (apimachinery's `CanonicalizeBytes`): rounded
    /// up to a whole nano-unit, no fractional digits, the largest suffix that loses nothing, in
    /// the family it was written in — `0.5` → `500m`, `1.5Gi` → `1536Mi`, `1024Mi` → `1Gi`,
    /// `1000` → `1k`, `12e6` → `12e6`. A built-in object's quantities are stored this way, so a
    /// controller that compares what it wants with what it reads must write them this way too.
    /// `nil` when the exact amount is out of reach (a fractional exponent, or more than ~10²⁹):
    /// the API server refuses or caps those, and they are kept as written.
    public var canonical: String? {
        guard let nanos = parts.nanos else { return nil }
        return Self.canonical(nanos: nanos, family: parts.family)
    }
}

// MARK: - Parsing

extension Quantity {
    /// A quantity taken apart as written: `-1.5Gi` is negative, whole `1`, fraction `5`, binary
    /// suffix 3 (1024³).
    private struct Parts: Sendable {
        var negative: Bool
        var whole: Substring
        var fraction: Substring
        var scale: Scale

        enum Scale: Sendable {
            /// `Ki` … `Ei`: a power of 1024.
            case binary(Int)
            /// No suffix, or `n` … `E`: a power of ten.
            case decimalSI(Int)
            /// `e3`, `E-2`: a power of ten written as an exponent, which may be fractional.
            case exponent(Substring)
        }

        private static let binarySuffixes: [Substring: Int] = ["Ki": 1, "Mi": 2, "Gi": 3, "Ti": 4, "Pi": 5, "Ei": 6]
        private static let decimalSuffixes: [Substring: Int] = [
            "n": -9, "u": -6, "m": -3, "": 0, "k": 3, "M": 6, "G": 9, "T": 12, "P": 15, "E": 18,
        ]

        /// The number (sign, digits, at most one `.`, at least one digit) and then a suffix or
        /// an exponent, exactly as `pattern` reads it.
        init?(_ text: String) {
            var rest = Substring(text)
            negative = rest.first == "-"
            if let first = rest.first, first == "+" || first == "-" { rest = rest.dropFirst() }
            whole = rest.prefix { $0.isASCII && $0.isNumber }
            rest = rest.dropFirst(whole.count)
            fraction = ""
            if rest.first == "." {
                rest = rest.dropFirst()
                fraction = rest.prefix { $0.isASCII && $0.isNumber }
                rest = rest.dropFirst(fraction.count)
            }
            guard !whole.isEmpty || !fraction.isEmpty else { return nil }
            if let power = Self.binarySuffixes[rest] {
                scale = .binary(power)
            } else if let exponent = Self.decimalSuffixes[rest] {
                scale = .decimalSI(exponent)
            } else if let marker = rest.first, marker == "e" || marker == "E", Self.isDecimal(rest.dropFirst()) {
                scale = .exponent(rest.dropFirst())
            } else {
                return nil
            }
        }

        /// `(\+|-)?(([0-9]+(\.[0-9]*)?)|(\.[0-9]+))`, the exponent's grammar.
        private static func isDecimal(_ text: Substring) -> Bool {
            var digits = text
            if let first = digits.first, first == "+" || first == "-" { digits = digits.dropFirst() }
            let parts = digits.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return false }
            return !(parts.first?.isEmpty ?? true) || (parts.count == 2 && !parts[1].isEmpty)
        }

        var value: Double? {
            guard let number = Double((negative ? "-" : "") + whole + "." + fraction + "0") else { return nil }
            let result: Double
            switch scale {
            case .binary(let power): result = number * pow(1024, Double(power))
            case .decimalSI(let exponent): result = Self.scaled(number, byPowerOfTen: Double(exponent))
            case .exponent(let text):
                guard let exponent = Double(text) else { return nil }
                result = Self.scaled(number, byPowerOfTen: exponent)
            }
            return result.isFinite ? result : nil
        }

        /// Divides for negative exponents: powers of ten up to 1e22 are exact, their inverses
        /// are not, so `100m` gives exactly the double nearest 0.1.
        private static func scaled(_ number: Double, byPowerOfTen exponent: Double) -> Double {
            exponent < 0 ? number / pow(10, -exponent) : number * pow(10, exponent)
        }

        /// The suffix family canonical form keeps: binary stays binary only from 1 up.
        var family: Family {
            switch scale {
            case .binary: .binarySI
            case .decimalSI: .decimalSI
            case .exponent: .decimalExponent
            }
        }

        /// The exact amount in nano-units, rounded away from zero as `ParseQuantity` rounds;
        /// `nil` for a fractional exponent or an amount beyond `Int128`.
        var nanos: Int128? {
            let digits = (whole + fraction).drop { $0 == "0" }
            guard digits.count <= 38, let mantissa = Int128(digits.isEmpty ? "0" : String(digits)) else { return nil }
            var numerator = mantissa
            var decimalExponent = 9 - fraction.count
            switch scale {
            case .binary(let power):
                guard let multiplied = Self.multiply(numerator, by: Int128(1) << (10 * power)) else { return nil }
                numerator = multiplied
            case .decimalSI(let exponent):
                decimalExponent += exponent
            case .exponent(let text):
                guard let exponent = Int(text), abs(exponent) < 100 else { return nil }
                decimalExponent += exponent
            }
            var magnitude: Int128
            if decimalExponent >= 0 {
                guard decimalExponent <= 38, let result = Self.multiply(numerator, by: Self.powerOfTen(decimalExponent)) else {
                    return nil
                }
                magnitude = result
            } else if -decimalExponent > 38 {
                magnitude = numerator == 0 ? 0 : 1
            } else {
                let divisor = Self.powerOfTen(-decimalExponent)
                magnitude = numerator / divisor + (numerator % divisor == 0 ? 0 : 1)
            }
            return negative ? -magnitude : magnitude
        }

        private static func multiply(_ a: Int128, by b: Int128) -> Int128? {
            let (result, overflow) = a.multipliedReportingOverflow(by: b)
            return overflow ? nil : result
        }

        static func powerOfTen(_ exponent: Int) -> Int128 {
            (0..<exponent).reduce(Int128(1)) { power, _ in power * 10 }
        }
    }

    /// apimachinery's `Format`: which suffixes a quantity is written back with.
    private enum Family {
        case binarySI, decimalSI, decimalExponent
    }
}

// MARK: - Canonical form

extension Quantity {
    private static let billion: Int128 = 1_000_000_000
    private static let binarySuffixes = ["", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"]
    private static let decimalSuffixes: [Int: String] = [
        -9: "n", -6: "u", -3: "m", 0: "", 3: "k", 6: "M", 9: "G", 12: "T", 15: "P", 18: "E",
    ]

    private static func canonical(nanos: Int128, family: Family) -> String {
        guard nanos != 0 else { return "0" }
        let sign = nanos < 0 ? "-" : ""
        let magnitude = nanos.magnitude
        // Binary only when it is whole and at least 1024; below, `512` reads better than a suffix.
        if family == .binarySI, magnitude >= 1024 * billion.magnitude, magnitude % billion.magnitude == 0 {
            var units = magnitude / billion.magnitude
            var power = 0
            while units % 1024 == 0 && power < binarySuffixes.count - 1 {
                units /= 1024
                power += 1
            }
            return sign + String(units) + binarySuffixes[power]
        }
        // The mantissa without trailing zeros, then the exponent down to a multiple of three.
        var mantissa = magnitude
        var exponent = -9
        while mantissa % 10 == 0 {
            mantissa /= 10
            exponent += 1
        }
        switch exponent % 3 {
        case 1, -2:
            mantissa *= 10
            exponent -= 1
        case 2, -1:
            mantissa *= 100
            exponent -= 2
        default:
            break
        }
        let number = sign + String(mantissa)
        if family != .decimalExponent, let suffix = decimalSuffixes[exponent] { return number + suffix }
        return exponent == 0 ? number : number + "e\(exponent)"
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
