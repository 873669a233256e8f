import KubeCore

/// Values printed the way Go's `fmt` prints decoded JSON, so that error messages read like the
/// ones kube-apiserver sends (`map: map[image:nginx] does not contain declared merge key: name`).
enum GoFormat {
    /// `%v`: `map[k:v ...]` with keys in byte order, `[a b]`, strings bare, `<nil>` for null.
    /// Floating-point numbers print as `encoding/json` writes them, which differs from `%v` only in
    /// where exponents start.
    static func value(_ value: JSONValue) -> String {
        switch value {
        case .null: return "<nil>"
        case let .bool(flag): return flag ? "true" : "false"
        case let .integer(number): return String(number)
        case let .number(number): return JSONValue.numberText(number) ?? String(number)
        case let .string(text): return text
        case let .array(elements): return "[" + elements.map(Self.value).joined(separator: " ") + "]"
        case let .object(members):
            let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            return "map[" + keys.map { "\($0):\(Self.value(members[$0] ?? .null))" }.joined(separator: " ") + "]"
        }
    }

    /// `%s`: a string bare, anything else as Go flags a wrong verb (`%!s(float64=1)`).
    static func string(_ value: JSONValue) -> String {
        switch value {
        case let .string(text): return text
        case .null: return "%!s(<nil>)"
        default: return "%!s(\(ValueKind(value).goTypeName)=\(Self.value(value)))"
        }
    }
}
