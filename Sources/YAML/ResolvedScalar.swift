/// What a scalar's text means after tag resolution, before it becomes a `JSONValue` or a key.
///
/// The integer kinds are kept apart because sigs.k8s.io/yaml treats them differently as
/// mapping keys (an int becomes its decimal text, a uint64 or big integer is refused).
enum ResolvedScalar: Equatable {
    /// The scalar is its own text.
    case string
    case null
    case bool(Bool)
    case int(Int64)
    /// Above `Int64.max` but within `UInt64`: go-yaml's `uint64`.
    case unsignedInt(UInt64)
    case float(Double)
    /// Beyond 64 bits (go-yaml's `*big.Int`), already converted to the nearest double.
    case bigInt(Double)

    /// The tag name go-yaml would report for this kind, for error messages.
    var tagName: String {
        switch self {
        case .string: return "!!str"
        case .null: return "!!null"
        case .bool: return "!!bool"
        case .int, .unsignedInt, .bigInt: return "!!int"
        case .float: return "!!float"
        }
    }
}
