import KubeCore

/// One step of a field path, as structured-merge-diff's `fieldpath.PathElement`: a member of a
/// map, an item of a map list picked by its key fields, an item of a set picked by its value, or
/// an item picked by its index (lists that are neither; Kubernetes schemas never produce them,
/// but `FieldsV1` can carry them, so they round-trip).
enum PathElement: Hashable, Sendable {
    case field(String)
    /// Sorted by field name, so that equal keys are equal however the item spelled them.
    case key([KeyField])
    case value(JSONValue)
    case index(Int)

    /// A key from fields in any order.
    static func key(sorting fields: [KeyField]) -> PathElement {
        .key(fields.sorted { byteOrder($0.name, $1.name) < 0 })
    }
}

// MARK: - Order

extension PathElement: Comparable {
    /// structured-merge-diff's order, which `FieldsV1` is written in: fields, then keys, then
    /// values, then indices; names in byte order, values in `JSONValue.structuredOrder`.
    static func < (lhs: PathElement, rhs: PathElement) -> Bool {
        compare(lhs, rhs) < 0
    }

    static func compare(_ lhs: PathElement, _ rhs: PathElement) -> Int {
        switch (lhs, rhs) {
        case let (.field(a), .field(b)): return byteOrder(a, b)
        case let (.key(a), .key(b)): return compareKeys(a, b)
        case let (.value(a), .value(b)): return JSONValue.structuredOrder(a, b)
        case let (.index(a), .index(b)): return a < b ? -1 : (a == b ? 0 : 1)
        default: return lhs.rank < rhs.rank ? -1 : 1
        }
    }

    private var rank: Int {
        switch self {
        case .field: return 0
        case .key: return 1
        case .value: return 2
        case .index: return 3
        }
    }

    /// `value.FieldList.Compare`: field by field, name then value; a prefix sorts first.
    private static func compareKeys(_ a: [KeyField], _ b: [KeyField]) -> Int {
        for (x, y) in zip(a, b) {
            let byName = byteOrder(x.name, y.name)
            if byName != 0 { return byName }
            let byValue = JSONValue.structuredOrder(x.value, y.value)
            if byValue != 0 { return byValue }
        }
        return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
    }
}

/// Go's `strings.Compare`: UTF-8 byte order, not Swift's Unicode-aware `<`.
func byteOrder(_ a: String, _ b: String) -> Int {
    if a == b { return 0 }
    return a.utf8.lexicographicallyPrecedes(b.utf8) ? -1 : 1
}

// MARK: - Text

extension PathElement: CustomStringConvertible {
    /// How kube-apiserver prints a path in conflicts and errors: `.image`, `[name="app"]`,
    /// `[="example.com/finalizer"]`, `[0]`.
    var description: String {
        switch self {
        case let .field(name):
            return "." + name
        case let .key(fields):
            return "[" + fields.map { "\($0.name)=\(GoText.valueString($0.value))" }.joined(separator: ",") + "]"
        case let .value(value):
            return "[=\(GoText.valueString(value))]"
        case let .index(index):
            return "[\(index)]"
        }
    }

    /// The member name in `FieldsV1`: `f:image`, `k:{"name":"app"}`, `v:"a"`, `i:0`.
    var serialized: String {
        switch self {
        case let .field(name):
            return "f:" + name
        case let .key(fields):
            let members = fields.map { GoText.json(.string($0.name)) + ":" + GoText.json($0.value) }
            return "k:{" + members.joined(separator: ",") + "}"
        case let .value(value):
            return "v:" + GoText.json(value)
        case let .index(index):
            return "i:\(index)"
        }
    }

    /// Reads a `FieldsV1` member name; `nil` for a kind this version does not know, which
    /// structured-merge-diff skips so that newer writers do not break older readers.
    init?(serialized text: String) throws(ManagedFieldsError) {
        let utf8 = Array(text.utf8)
        guard utf8.count >= 2 else { throw ManagedFieldsError("key must be 2 characters long: \(text)") }
        guard utf8[1] == UInt8(ascii: ":") else { throw ManagedFieldsError("missing colon: \(text)") }
        let body = String(decoding: utf8[2...], as: UTF8.self)
        switch utf8[0] {
        case UInt8(ascii: "f"):
            self = .field(body)
        case UInt8(ascii: "v"):
            self = .value(try Self.parseJSON(body, in: text))
        case UInt8(ascii: "k"):
            guard case let .object(members) = try Self.parseJSON(body, in: text) else {
                throw ManagedFieldsError("key \(text) is not a JSON object")
            }
            self = .key(sorting: members.map { KeyField(name: $0.key, value: $0.value) })
        case UInt8(ascii: "i"):
            guard let index = Int(body) else { throw ManagedFieldsError("invalid index in \(text)") }
            self = .index(index)
        default:
            return nil
        }
    }

    private static func parseJSON(_ body: String, in text: String) throws(ManagedFieldsError) -> JSONValue {
        do {
            return try JSONParser().parse(body)
        } catch {
            throw ManagedFieldsError("invalid JSON in \(text): \(error)")
        }
    }
}
