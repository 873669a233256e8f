import KubeCore

/// Text exactly as the Go code of kube-apiserver writes it, where clients can see or compare it:
/// JSON inside `FieldsV1` member names (written by json-iterator in its standard-library mode),
/// and `%v` in conflict paths (`%q` is `GoValueFormat.quote`).
enum GoText {
    /// Compact JSON with sorted object keys and HTML-safe string escapes (`<` is `\u003c`), as
    /// json-iterator's `ConfigCompatibleWithStandardLibrary` writes it.
    static func json(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case let .bool(b): return b ? "true" : "false"
        case let .integer(i): return String(i)
        case let .number(d): return JSONValue.numberText(d) ?? "null"
        case let .string(s): return jsonQuoted(s)
        case let .array(items): return "[" + items.map(json).joined(separator: ",") + "]"
        case let .object(members):
            let sorted = members.sorted { byteOrder($0.key, $1.key) < 0 }
            return "{" + sorted.map { jsonQuoted($0.key) + ":" + json($0.value) }.joined(separator: ",") + "}"
        }
    }

    /// A value as `value.ToString` prints it inside a path: strings `%q`-quoted, maps as their
    /// `key=value` pairs run together (as Go does).
    static func valueString(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case let .string(s): return GoValueFormat.quote(s)
        case let .array(items): return "[" + items.map(valueString).joined(separator: ",") + "]"
        case let .object(members): return members.map { "\($0.key)=\(valueString($0.value))" }.joined()
        default: return json(value)
        }
    }

    private static func jsonQuoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "<", ">", "&", "\u{2028}", "\u{2029}":
                result += "\\u" + hex(scalar.value, digits: 4)
            default:
                if scalar.value < 0x20 {
                    result += "\\u" + hex(scalar.value, digits: 4)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
