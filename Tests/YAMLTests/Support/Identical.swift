import KubeCore

/// Whether two values are the same tree: same cases (an integer is not a float), same key
/// order, NaN equal to NaN — stricter than `JSONValue`'s JSON equality.
func identical(_ a: JSONValue, _ b: JSONValue) -> Bool {
    difference(a, b) == nil
}

/// Where two values stop being `identical`, as a path and the two sides; `nil` if they are.
func difference(_ a: JSONValue, _ b: JSONValue, at path: String = "$") -> String? {
    switch (a, b) {
    case (.null, .null):
        return nil
    case let (.bool(x), .bool(y)) where x == y:
        return nil
    case let (.integer(x), .integer(y)) where x == y:
        return nil
    case let (.number(x), .number(y)) where x == y || (x.isNaN && y.isNaN):
        return nil
    case let (.string(x), .string(y)) where x == y:
        return nil
    case let (.array(x), .array(y)) where x.count == y.count:
        for (index, (left, right)) in zip(x, y).enumerated() {
            if let found = difference(left, right, at: "\(path)[\(index)]") { return found }
        }
        return nil
    case let (.object(x), .object(y)):
        guard x.keys.elementsEqual(y.keys) else {
            return "\(path): keys \(Array(x.keys)) vs \(Array(y.keys))"
        }
        for (key, left) in x {
            if let right = y[key], let found = difference(left, right, at: "\(path).\(key)") { return found }
        }
        return nil
    default:
        return "\(path): \(a) vs \(b)"
    }
}
