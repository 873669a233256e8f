import KubeCore

/// Prints JSON values the way Go's `fmt` prints the `interface{}` values of an unstructured
/// object, because kube-apiserver's field errors embed them that way: `%q` for strings
/// (`strconv.Quote`), `%v` for numbers (`1e+06`, not `1000000`) and `%#v` for maps and slices
/// (`map[string]interface {}{"name":"a"}`).
enum GoValueFormat {
    /// The bad value of a `field.Error` as `ErrorBody` prints it: strings quoted, int64, float64
    /// and bool plain, a nil value as the string `"null"`, anything else with `%#v`.
    static func errorValue(_ value: JSONValue) -> String {
        switch value {
        case .null: return quote("null")
        case let .string(text): return quote(text)
        default: return goSyntax(value)
        }
    }

    /// `%#v` of a decoded JSON value. Map keys are sorted, as `fmt` sorts them.
    static func goSyntax(_ value: JSONValue) -> String {
        switch value {
        case .null: return "interface {}(nil)"
        case let .bool(flag): return flag ? "true" : "false"
        case let .integer(number): return String(number)
        case let .number(number): return float(number)
        case let .string(text): return quote(text)
        case let .array(elements):
            return "[]interface {}{" + elements.map(goSyntax).joined(separator: ", ") + "}"
        case let .object(members):
            let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            let body = keys.map { quote($0) + ":" + goSyntax(members[$0] ?? .null) }
            return "map[string]interface {}{" + body.joined(separator: ", ") + "}"
        }
    }

    /// `%v` of a float64: the shortest digits that read back to the same value, in exponent
    /// form (`1e+06`, `1.5e-05`) when the exponent is below -4 or at least 6, which is
    /// `strconv.FormatFloat(f, 'g', -1, 64)`.
    static func float(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Inf" : "+Inf" }
        let sign = value.sign == .minus ? "-" : ""
        if value == 0 { return sign + "0" }
        let (digits, exponent) = shortestDigits(value.magnitude)
        if exponent < -4 || exponent >= 6 {
            var mantissa = String(digits.first!)
            if digits.count > 1 { mantissa += "." + digits.dropFirst() }
            let power = String(exponent.magnitude)
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + (power.count < 2 ? "0" + power : power)
        }
        if exponent < 0 {
            return sign + "0." + String(repeating: "0", count: -exponent - 1) + digits
        }
        if digits.count <= exponent + 1 {
            return sign + digits + String(repeating: "0", count: exponent + 1 - digits.count)
        }
        let point = digits.index(digits.startIndex, offsetBy: exponent + 1)
        return sign + digits[..<point] + "." + digits[point...]
    }

    /// The significant digits of a positive finite double and the decimal exponent of the first
    /// one (`1234.5` is `("12345", 3)`), from Swift's shortest round-trip description.
    private static func shortestDigits(_ value: Double) -> (String, Int) {
        let text = value.description
        var mantissa = Substring(text)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exponent = Int(text[text.index(after: e)...]) ?? 0
        }
        let pointOffset = mantissa.firstIndex(of: ".").map { mantissa.distance(from: mantissa.startIndex, to: $0) }
            ?? mantissa.count
        var digits = mantissa.filter { $0 != "." }
        var leading = 0
        while digits.first == "0" {
            digits.removeFirst()
            leading += 1
        }
        while digits.last == "0" { digits.removeLast() }
        return (digits.isEmpty ? "0" : digits, pointOffset - leading - 1 + exponent)
    }

    /// `strconv.Quote`: double quotes, Go escapes, printable Unicode kept as it is.
    static func quote(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\u{07}": result += "\\a"
            case "\u{08}": result += "\\b"
            case "\u{0C}": result += "\\f"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{0B}": result += "\\v"
            default:
                if isPrintable(scalar) {
                    result.unicodeScalars.append(scalar)
                } else if scalar.value < 0x80 {
                    result += "\\x" + hex(scalar.value, width: 2)
                } else if scalar.value < 0x10000 {
                    result += "\\u" + hex(scalar.value, width: 4)
                } else {
                    result += "\\U" + hex(scalar.value, width: 8)
                }
            }
        }
        return result + "\""
    }

    /// Go's `unicode.IsPrint`: letters, marks, numbers, punctuation, symbols and the ASCII space.
    private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == " " { return true }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark, .spacingMark, .enclosingMark,
            .decimalNumber, .letterNumber, .otherNumber,
            .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation,
            .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }

    private static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
