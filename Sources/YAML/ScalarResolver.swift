/// Resolves a scalar's text to a value the way kubectl does when it turns YAML into JSON.
///
/// kubectl reads manifests with sigs.k8s.io/yaml, whose `YAMLToJSON` decodes with go-yaml v2
/// (today sigs.k8s.io/yaml's own fork of gopkg.in/yaml.v2 v2.4.0) into `interface{}` and writes
/// that out as JSON. Its resolution is YAML 1.1 with go-yaml's own choices; this type reproduces
/// go-yaml's `resolve.go` so that a manifest means the same thing to Baton as to kubectl:
///
/// - `y Y yes Yes YES true True TRUE on On ON` are `true`;
///   `n N no No NO false False FALSE off Off OFF` are `false`. (YAML 1.1, and the reason
///   `country: NO` needs quotes.) Other spellings (`tRUE`) are strings.
/// - Empty, `~`, `null`, `Null`, `NULL` are null.
/// - `.inf .Inf .INF +.inf +.Inf +.INF`, `-.inf -.Inf -.INF` and `.nan .NaN .NAN` are the
///   non-finite floats. go-yaml resolves them so; Go's JSON encoder then refuses them, so code
///   that writes the tree as JSON must refuse them too.
/// - Text starting with a digit, `+` or `-` is a number when Go's parsers accept it, after
///   dropping every `_` (so `1_000`, `0x_0A_74_AE` and even `1_` are numbers):
///   1. `strconv.ParseInt(s, 0, 64)`: decimal, `0x` hex, `0o` octal, `0b` binary, and YAML 1.1
///      octal with a bare leading zero (`0777` is 511). An int64 → `.integer`.
///   2. `strconv.ParseUint(s, 0, 64)` (no sign): above int64 but within uint64. go-yaml keeps a
///      uint64; the tree keeps the nearest double, which is what Kubernetes' own JSON decoding
///      (apimachinery's util/json) makes of an integer beyond int64.
///   3. go-yaml's float syntax `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`: `1e3`,
///      `1.`, `99999999999999999999`, and `08` (not octal — 8 is no octal digit — so decimal
///      8.0). A value that overflows to infinity is not a float.
///   4. An integer literal beyond 64 bits (go-yaml's `big.Int`, e.g. `0x1_0000_0000_0000_0000`)
///      → its nearest double; one beyond the double range is an error, as kubectl's JSON
///      decoding would fail on it.
///   5. Anything else is a string (`1:20` — go-yaml does not do base-60 — `-b_c`, `50cent`).
/// - Text starting with `.` is a float when Go's `strconv.ParseFloat` accepts it (`.5`, `.5e3`).
/// - Everything else is a string. Timestamps (`2015-01-01`) are strings too: go-yaml recognises
///   them, but decodes them into `interface{}` as their original text.
///
/// Floats stay floats even when integral (`1.0`), so that they are written back as floats;
/// JSON does not keep the difference (Go prints 1.0 as `1`) and `JSONValue` compares them equal.
///
/// Quoted and block scalars are strings unless explicitly tagged. With a tag, as in go-yaml:
/// `!!str`, `!!binary` and `!!timestamp` keep the text (binary stays base64 text —
/// sigs.k8s.io/yaml does not support `!!binary`, and base64 text is what Kubernetes' byte
/// fields expect); `!!bool`, `!!int`, `!!float` and `!!null` resolve the text, quoted or not,
/// with the table above and must yield their kind (`!!float` also takes an integer); any other
/// tag keeps the text, since go-yaml does not resolve what it does not know.
enum ScalarResolver {
    /// Resolves an untagged plain scalar.
    static func resolvePlain(_ text: UnsafeBufferPointer<UInt8>) -> ResolvedScalar {
        guard let first = text.first else { return .null }
        switch first {
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            return number(text)
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            return keyword(text) ?? number(text)
        case UInt8(ascii: "."):
            return keyword(text) ?? dotFloat(text)
        case UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "n"), UInt8(ascii: "N"),
            UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"),
            UInt8(ascii: "o"), UInt8(ascii: "O"), UInt8(ascii: "~"):
            return keyword(text) ?? .string
        default:
            return .string
        }
    }

    /// Resolves an explicitly tagged scalar, plain or quoted.
    static func resolve(_ text: UnsafeBufferPointer<UInt8>, tag: ScalarTag) throws(YAMLProblem) -> ResolvedScalar {
        let wanted: String
        let resolved: ResolvedScalar
        switch tag {
        case .str, .binary, .timestamp, .merge, .other:
            return .string
        case .bool:
            wanted = "!!bool"
            resolved = resolvePlain(text)
            if case .bool = resolved { return resolved }
        case .null:
            wanted = "!!null"
            resolved = resolvePlain(text)
            if case .null = resolved { return resolved }
        case .int:
            wanted = "!!int"
            resolved = resolvePlain(text)
            switch resolved {
            case .int, .unsignedInt, .bigInt: return resolved
            default: break
            }
        case .float:
            wanted = "!!float"
            resolved = resolvePlain(text)
            switch resolved {
            case .float: return resolved
            case let .int(value): return .float(Double(value))
            default: break
            }
        }
        throw YAMLProblem("cannot decode \(resolved.tagName) `\(String(decoding: text, as: UTF8.self))` as a \(wanted)")
    }

    // MARK: - Table

    /// The table's words, each packed little-endian into an integer (none is longer than 5 bytes
    /// or holds a zero byte, so the packing is unique), which makes a lookup a few compares.
    private static let keywords: [(packed: UInt64, value: ResolvedScalar)] = {
        let groups: [(ResolvedScalar, [String])] = [
            (.bool(true), ["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"]),
            (.bool(false), ["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"]),
            (.null, ["~", "null", "Null", "NULL"]),
            (.float(.nan), [".nan", ".NaN", ".NAN"]),
            (.float(.infinity), [".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"]),
            (.float(-.infinity), ["-.inf", "-.Inf", "-.INF"]),
        ]
        return groups.flatMap { value, words in
            words.map { word in (Array(word.utf8).withUnsafeBufferPointer(pack), value) }
        }
    }()

    private static func keyword(_ text: UnsafeBufferPointer<UInt8>) -> ResolvedScalar? {
        guard text.count <= 5 else { return nil }
        let packed = pack(text)
        for entry in keywords where entry.packed == packed {
            return entry.value
        }
        return nil
    }

    private static func pack(_ text: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var packed: UInt64 = 0
        for (index, byte) in text.enumerated() {
            packed |= UInt64(byte) << (8 * index)
        }
        return packed
    }

    // MARK: - Numbers

    /// Steps 1–5 of the number rules above, for text starting with a digit or a sign.
    private static func number(_ text: UnsafeBufferPointer<UInt8>) -> ResolvedScalar {
        guard text.contains(UInt8(ascii: "_")) else { return numberWithoutUnderscores(text) }
        let plain = text.filter { $0 != UInt8(ascii: "_") }
        return plain.withUnsafeBufferPointer(numberWithoutUnderscores)
    }

    private static func numberWithoutUnderscores(_ text: UnsafeBufferPointer<UInt8>) -> ResolvedScalar {
        let sign = text.first == UInt8(ascii: "+") || text.first == UInt8(ascii: "-") ? text[0] : nil
        let magnitude = GoNumberSyntax.parseUnsigned(sign == nil ? text : UnsafeBufferPointer(rebasing: text.dropFirst()))
        // 1. ParseInt.
        if case let .value(value) = magnitude {
            if sign == UInt8(ascii: "-") {
                if value <= UInt64(Int64.max) { return .int(-Int64(value)) }
                if value == UInt64(Int64.max) + 1 { return .int(.min) }
            } else if value <= UInt64(Int64.max) {
                return .int(Int64(value))
            }
        }
        // 2. ParseUint, which takes no sign.
        let unsigned = sign == nil ? magnitude : .invalid
        if case let .value(value) = unsigned { return .unsignedInt(value) }
        // 3. Float syntax.
        if GoNumberSyntax.isYAMLStyleFloat(text), let value = GoNumberSyntax.double(text), value.isFinite {
            return .float(value)
        }
        // 4. Beyond 64 bits: go-yaml tries math/big only after ParseUint reported a range error.
        if unsigned == .overflow, let value = GoNumberSyntax.bigInteger(text) {
            return .bigInt(value)
        }
        return .string
    }

    /// Go's `strconv.ParseFloat` on text starting with `.` (go-yaml does not drop underscores
    /// here, and ParseFloat only allows them between digits).
    private static func dotFloat(_ text: UnsafeBufferPointer<UInt8>) -> ResolvedScalar {
        guard GoNumberSyntax.underscoresAreBetweenDigits(text) else { return .string }
        guard text.contains(UInt8(ascii: "_")) else { return decimalFloat(text) }
        let plain = text.filter { $0 != UInt8(ascii: "_") }
        return plain.withUnsafeBufferPointer(decimalFloat)
    }

    private static func decimalFloat(_ text: UnsafeBufferPointer<UInt8>) -> ResolvedScalar {
        guard GoNumberSyntax.isYAMLStyleFloat(text), let value = GoNumberSyntax.double(text), value.isFinite else {
            return .string
        }
        return .float(value)
    }
}
