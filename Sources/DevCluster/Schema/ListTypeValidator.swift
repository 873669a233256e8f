import KubeCore

/// The uniqueness rules of `x-kubernetes-list-type: set` (whole items) and `map` (the
/// `x-kubernetes-list-map-keys` of each item), checked after schema validation as
/// apiextensions-apiserver's pkg/apiserver/schema/listtype/validation.go does. Paths use
/// `field.Path`: `Child` for properties, `[key]` for additionalProperties.
enum ListTypeValidator {
    static func validate(_ value: JSONValue, _ schema: StructuralSchema, at path: FieldPath) -> [FieldError] {
        guard schema.containsListSetsOrMaps, case let .object(members) = value else { return [] }
        return validateObject(members, schema, path)
    }

    private static func validateObject(_ members: JSONObject, _ schema: StructuralSchema, _ path: FieldPath) -> [FieldError] {
        var errors: [FieldError] = []
        if case let .schema(additional)? = schema.additionalProperties, additional.containsListSetsOrMaps {
            for (key, member) in members {
                errors += validateValue(member, additional, path.key(key))
            }
        }
        for (key, member) in members {
            if let property = schema.properties[key], property.containsListSetsOrMaps {
                errors += validateValue(member, property, path.child(key))
            }
        }
        return errors
    }

    private static func validateValue(_ value: JSONValue, _ schema: StructuralSchema, _ path: FieldPath) -> [FieldError] {
        switch value {
        case let .array(elements): return validateArray(elements, schema, path)
        case let .object(members): return validateObject(members, schema, path)
        default: return []
        }
    }

    private static func validateArray(_ elements: [JSONValue], _ schema: StructuralSchema, _ path: FieldPath) -> [FieldError] {
        var errors: [FieldError] = []
        switch schema.listType {
        case "set":
            for index in repeatedIndices(elements.map(ListKey.init)) {
                errors.append(.duplicate(path.index(index), elements[index]))
            }
        case "map":
            errors += validateListMap(elements, schema, path)
        default:
            break
        }
        if let items = schema.items, items.containsListSetsOrMaps {
            for (index, element) in elements.enumerated() {
                errors += validateValue(element, items, path.index(index))
            }
        }
        return errors
    }

    /// Items must be objects (or null, an item without keys); each combination of the key
    /// fields present may appear once. A duplicate is reported with its key fields.
    private static func validateListMap(_ elements: [JSONValue], _ schema: StructuralSchema, _ path: FieldPath) -> [FieldError] {
        for (index, element) in elements.enumerated() where !element.isNull && element.objectValue == nil {
            return [.invalid(path.index(index), element, "must be an object for an array of list-type map")]
        }
        guard elements.count > 1 else { return [] }
        let keyValues: [JSONValue] = elements.map { element in
            var key: JSONObject = [:]
            for field in schema.listMapKeys {
                if let value = element[field] { key[field] = value }
            }
            return .object(key)
        }
        let keys: [ListKey]
        if schema.listMapKeys.count == 1 {
            // One key field compares its values as set items, a missing key being its own value.
            keys = keyValues.map { $0.objectValue?.values.first.map(ListKey.init) ?? .unspecified }
        } else {
            keys = keyValues.map(ListKey.init)
        }
        return repeatedIndices(keys).map { .duplicate(path.index($0), keyValues[$0]) }
    }

    /// The index of the second appearance of each value that appears more than once.
    private static func repeatedIndices(_ keys: [ListKey]) -> [Int] {
        guard keys.count > 1 else { return [] }
        var seen: [ListKey: Int] = [:]
        var repeated: [Int] = []
        for (index, key) in keys.enumerated() {
            seen[key, default: 0] += 1
            if seen[key] == 2 { repeated.append(index) }
        }
        return repeated
    }

    /// How Go compares list items: scalars by their dynamic type and value (int64 1 and float64
    /// 1.0 differ), objects and arrays by their JSON text.
    private enum ListKey: Hashable {
        case null, unspecified
        case bool(Bool)
        case integer(Int64)
        case number(Double)
        case string(String)
        case compound(String)

        init(_ value: JSONValue) {
            switch value {
            case .null: self = .null
            case let .bool(flag): self = .bool(flag)
            case let .integer(number): self = .integer(number)
            case let .number(number): self = .number(number)
            case let .string(text): self = .string(text)
            case .array, .object: self = .compound((try? value.jsonString(options: .sortedKeys)) ?? "")
            }
        }
    }
}
