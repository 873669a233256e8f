import KubeCore

extension JSONValue {
    /// structured-merge-diff's total order over values (`value.Compare`), which decides where set
    /// items and map-list keys sit in `FieldsV1`: numbers (integers and floats compared as
    /// numbers), then strings, booleans, lists, maps, and `null` last.
    static func structuredOrder(_ lhs: JSONValue, _ rhs: JSONValue) -> Int {
        switch (lhs, rhs) {
        case let (.integer(a), .integer(b)): return ordered(a, b)
        case let (.string(a), .string(b)): return byteOrder(a, b)
        case let (.bool(a), .bool(b)): return ordered(a ? 1 : 0, b ? 1 : 0)
        case let (.array(a), .array(b)):
            for (x, y) in zip(a, b) {
                let order = structuredOrder(x, y)
                if order != 0 { return order }
            }
            return ordered(a.count, b.count)
        case let (.object(a), .object(b)):
            let left = a.sorted { byteOrder($0.key, $1.key) < 0 }
            let right = b.sorted { byteOrder($0.key, $1.key) < 0 }
            for (x, y) in zip(left, right) {
                let byKey = byteOrder(x.key, y.key)
                if byKey != 0 { return byKey }
                let byValue = structuredOrder(x.value, y.value)
                if byValue != 0 { return byValue }
            }
            return ordered(left.count, right.count)
        default:
            if let a = lhs.numericValue, let b = rhs.numericValue { return ordered(a, b) }
            return ordered(lhs.orderRank, rhs.orderRank)
        }
    }

    private var numericValue: Double? {
        switch self {
        case .integer, .number: return doubleValue
        default: return nil
        }
    }

    private var orderRank: Int {
        switch self {
        case .integer, .number: return 0
        case .string: return 1
        case .bool: return 2
        case .array: return 3
        case .object: return 4
        case .null: return 5
        }
    }

    private static func ordered<T: Comparable>(_ a: T, _ b: T) -> Int {
        a < b ? -1 : (a == b ? 0 : 1)
    }
}
