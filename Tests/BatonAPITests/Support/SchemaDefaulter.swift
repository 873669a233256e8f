import KubeCore

/// Fills in a value's absent fields from the schema's defaults, as the API server does on
/// every read and write: a default is applied where its parent object exists, and the
/// defaulted value is defaulted in turn.
enum SchemaDefaulter {
    static func defaulted(_ value: JSONValue, by schema: JSONValue) -> JSONValue {
        switch value {
        case var .object(members):
            let properties = schema["properties"]?.objectValue ?? [:]
            for (key, property) in properties {
                if members[key] == nil, let defaultValue = property["default"] { members[key] = defaultValue }
            }
            for (key, member) in members {
                if let property = properties[key] {
                    members[key] = defaulted(member, by: property)
                } else if let values = schema["additionalProperties"] {
                    members[key] = defaulted(member, by: values)
                }
            }
            return .object(members)
        case let .array(elements):
            guard let items = schema["items"] else { return value }
            return .array(elements.map { defaulted($0, by: items) })
        default:
            return value
        }
    }
}
