import KubeCore

/// Reads the members of a schema node with the JSON types `JSONSchemaProps` gives them,
/// collecting an error for each member of another type instead of failing at the first, and
/// treating a `null` member as absent (as Go's decoder does).
struct SchemaDecoder {
    private(set) var errors: [FieldError] = []

    mutating func object(_ value: JSONValue, at path: FieldPath) -> JSONObject {
        switch value {
        case let .object(members): return members
        case .null: return [:]
        default:
            mismatch(value, "object", at: path)
            return [:]
        }
    }

    mutating func string(_ node: JSONObject, _ key: String, at path: FieldPath) -> String? {
        member(node, key, at: path, "string", \.stringValue)
    }

    mutating func bool(_ node: JSONObject, _ key: String, at path: FieldPath) -> Bool? {
        member(node, key, at: path, "boolean", \.boolValue)
    }

    mutating func number(_ node: JSONObject, _ key: String, at path: FieldPath) -> Double? {
        member(node, key, at: path, "number", \.doubleValue)
    }

    mutating func integer(_ node: JSONObject, _ key: String, at path: FieldPath) -> Int64? {
        member(node, key, at: path, "integer", \.intValue)
    }

    /// A member read as one JSON type; another type is recorded as a mismatch.
    private mutating func member<T>(
        _ node: JSONObject, _ key: String, at path: FieldPath, _ typeName: String, _ read: (JSONValue) -> T?
    ) -> T? {
        guard let value = present(node, key) else { return nil }
        guard let result = read(value) else {
            mismatch(value, typeName, at: path.child(key))
            return nil
        }
        return result
    }

    mutating func array(_ node: JSONObject, _ key: String, at path: FieldPath) -> [JSONValue] {
        guard let value = present(node, key) else { return [] }
        guard case let .array(elements) = value else {
            mismatch(value, "array", at: path.child(key))
            return []
        }
        return elements
    }

    mutating func strings(_ node: JSONObject, _ key: String, at path: FieldPath) -> [String] {
        var result: [String] = []
        for (index, element) in array(node, key, at: path).enumerated() {
            if case let .string(text) = element {
                result.append(text)
            } else {
                mismatch(element, "string", at: path.child(key).index(index))
            }
        }
        return result
    }

    /// The members of an object-valued member (`properties`), in their order.
    mutating func members(_ node: JSONObject, _ key: String, at path: FieldPath) -> JSONObject {
        guard let value = present(node, key) else { return [:] }
        return object(value, at: path.child(key))
    }

    private func present(_ node: JSONObject, _ key: String) -> JSONValue? {
        guard let value = node[key], !value.isNull else { return nil }
        return value
    }

    private mutating func mismatch(_ value: JSONValue, _ expected: String, at path: FieldPath) {
        errors.append(.typeInvalid(path, value, "must be of type \(expected)"))
    }
}
