import KubeCore

/// Turns a YAML mapping key into a JSON object key the way sigs.k8s.io/yaml does: JSON keys are
/// strings, so `1: a` becomes `"1"`, `true: x` (and `yes: x`) becomes `"true"`, and a float key is
/// written as Go's `strconv.FormatFloat(f, 'g', -1, 32)` would (`1.5`, `1e+06`, `.inf`).
/// Keys sigs.k8s.io/yaml refuses — null, uint64 and big integers, sequences and mappings — are
/// errors here too.
enum MappingKey {
    /// The key for a scalar whose text is `text` and which resolved to `scalar`.
    static func string(for scalar: ResolvedScalar, text: UnsafeBufferPointer<UInt8>) throws(YAMLProblem) -> String {
        switch scalar {
        case .string: return String(decoding: text, as: UTF8.self)
        case .null: throw YAMLProblem("a null mapping key cannot become a JSON object key")
        case let .bool(value): return value ? "true" : "false"
        case let .int(value): return String(value)
        case let .float(value): return goFloat32(value)
        case .unsignedInt, .bigInt:
            throw YAMLProblem("the integer mapping key \(String(decoding: text, as: UTF8.self)) is beyond int64, which sigs.k8s.io/yaml does not accept as a key")
        }
    }

    /// The key for an alias to an already built value.
    static func string(for value: JSONValue) throws(YAMLProblem) -> String {
        switch value {
        case let .string(text): return text
        case .null: throw YAMLProblem("a null mapping key cannot become a JSON object key")
        case let .bool(flag): return flag ? "true" : "false"
        case let .integer(number): return String(number)
        case let .number(number): return goFloat32(number)
        case .array: throw YAMLProblem("a sequence cannot be a mapping key: JSON object keys are strings")
        case .object: throw YAMLProblem("a mapping cannot be a mapping key: JSON object keys are strings")
        }
    }

    /// Go's `strconv.FormatFloat(value, 'g', -1, 32)` with go-yaml's spellings of the
    /// non-finite values: the shortest digits that identify the float32, in `%e` form when the
    /// decimal exponent is below -4 or at least 6 (the precision Go uses for shortest output).
    static func goFloat32(_ value: Double) -> String {
        if value.isNaN { return ".nan" }
        let single = Float(value)
        if single.isInfinite { return single < 0 ? "-.inf" : ".inf" }
        let sign = single.sign == .minus ? "-" : ""
        if single == 0 { return sign + "0" }
        // Swift's description also holds the shortest round-tripping digits, as "123.45" or
        // "1.2345e+08"; take the digits and the decimal point's position from it.
        let description = single.magnitude.description
        let parts = description.split(separator: "e", maxSplits: 1)
        let mantissa = parts[0]
        let exponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        let integerPart = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)[0]
        var digits = Array(mantissa.filter { $0 != "." })
        var point = integerPart.count + exponent
        while digits.first == "0" {
            digits.removeFirst()
            point -= 1
        }
        while digits.last == "0" { digits.removeLast() }
        let decimalExponent = point - 1
        if decimalExponent < -4 || decimalExponent >= 6 {
            let fraction = digits.count > 1 ? "." + String(digits.dropFirst()) : ""
            let magnitude = abs(decimalExponent)
            let exponentText = (magnitude < 10 ? "0" : "") + String(magnitude)
            return sign + String(digits[0]) + fraction + "e" + (decimalExponent < 0 ? "-" : "+") + exponentText
        }
        if point <= 0 { return sign + "0." + String(repeating: "0", count: -point) + String(digits) }
        if point >= digits.count { return sign + String(digits) + String(repeating: "0", count: point - digits.count) }
        return sign + String(digits[..<point]) + "." + String(digits[point...])
    }
}
