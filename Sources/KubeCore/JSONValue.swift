import Collections

/// A JSON object whose keys keep the order they were read or inserted in, so that a manifest
/// read and written back looks the way its author wrote it.
public typealias JSONObject = OrderedDictionary<String, JSONValue>

/// The JSON value tree that every layer of Baton speaks: YAML parses into it, the client sends
/// and receives it, the dev cluster stores it. Arrays and objects are copy-on-write, so copies
/// are cheap.
///
/// Integers and floating-point numbers are kept apart because Kubernetes is typed (`replicas`
/// is an int64, a threshold is a float64) and an integer must print back without a `.0`.
/// Equality is numeric across the two (`1 == 1.0`), as it is for JSON itself.
public enum JSONValue: Sendable {
    case null
    case bool(Bool)
    case integer(Int64)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)
}

extension JSONValue: Equatable {
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.integer(a), .integer(b)): return a == b
        case let (.number(a), .number(b)): return a == b
        case let (.integer(a), .number(b)), let (.number(b), .integer(a)): return Double(exactly: a) == b
        case let (.string(a), .string(b)): return a == b
        case let (.array(a), .array(b)): return a == b
        case let (.object(a), .object(b)):
            // JSON objects are unordered: key order is kept for output, not for meaning.
            guard a.count == b.count else { return false }
            for (key, value) in a where b[key] != value { return false }
            return true
        default: return false
        }
    }
}

extension JSONValue: Hashable {
    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case let .bool(b): hasher.combine(b)
        case let .integer(i): hasher.combine(Double(i))
        case let .number(d): hasher.combine(d)
        case let .string(s): hasher.combine(s)
        case let .array(a): hasher.combine(a)
        case let .object(o):
            // Order-independent, to agree with ==.
            var combined = 0
            for (key, value) in o {
                var h = Hasher()
                h.combine(key)
                h.combine(value)
                combined ^= h.finalize()
            }
            hasher.combine(o.count)
            hasher.combine(combined)
        }
    }
}

// MARK: - Typed views

extension JSONValue {
    public var isNull: Bool { if case .null = self { return true } else { return false } }
    public var boolValue: Bool? { if case let .bool(b) = self { return b } else { return nil } }
    public var stringValue: String? { if case let .string(s) = self { return s } else { return nil } }
    public var arrayValue: [JSONValue]? { if case let .array(a) = self { return a } else { return nil } }
    public var objectValue: JSONObject? { if case let .object(o) = self { return o } else { return nil } }

    /// The value as an integer: an `.integer`, or a `.number` with no fractional part.
    public var intValue: Int64? {
        switch self {
        case let .integer(i): return i
        case let .number(d): return Int64(exactly: d)
        default: return nil
        }
    }

    /// The value as a floating-point number, from either numeric case.
    public var doubleValue: Double? {
        switch self {
        case let .integer(i): return Double(i)
        case let .number(d): return d
        default: return nil
        }
    }

    /// A short name of the JSON type, as Kubernetes error messages use it ("string", "object").
    public var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "boolean"
        case .integer: return "integer"
        case .number: return "number"
        case .string: return "string"
        case .array: return "array"
        case .object: return "object"
        }
    }
}

// MARK: - Subscripts

extension JSONValue {
    /// The member `key` of an object; `nil` for a missing key or a non-object. Setting on a
    /// non-object turns it into an object; setting `nil` removes the key.
    public subscript(key: String) -> JSONValue? {
        get {
            guard case let .object(o) = self else { return nil }
            return o[key]
        }
        set {
            var o: JSONObject
            if case let .object(existing) = self {
                o = existing
                self = .null  // drop our reference so `o` is uniquely owned and mutates in place
            } else {
                o = [:]
            }
            o[key] = newValue
            self = .object(o)
        }
    }

    /// The element at `index` of an array; `nil` when out of range or not an array.
    public subscript(index: Int) -> JSONValue? {
        guard case let .array(a) = self, a.indices.contains(index) else { return nil }
        return a[index]
    }
}

// MARK: - Literals

extension JSONValue: ExpressibleByNilLiteral {
    public init(nilLiteral: ()) { self = .null }
}

extension JSONValue: ExpressibleByBooleanLiteral {
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension JSONValue: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int64) { self = .integer(value) }
}

extension JSONValue: ExpressibleByFloatLiteral {
    public init(floatLiteral value: Double) { self = .number(value) }
}

extension JSONValue: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
}

extension JSONValue: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
}

extension JSONValue: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(JSONObject(elements, uniquingKeysWith: { _, last in last }))
    }
}
