import KubeCore

/// Which fields of which object schemas samples use, to show that the samples exercise every
/// field a schema describes (so a field the schema has and the Swift type lacks cannot hide).
/// An object schema is identified by its JSON less its description, so a shared type (a
/// reference, an env var) is covered once wherever it appears.
struct SchemaCoverage {
    private var used: [JSONValue: Set<String>] = [:]

    mutating func record(_ value: JSONValue, against schema: JSONValue) {
        if let members = value.objectValue {
            let properties = schema["properties"]?.objectValue ?? [:]
            used[Self.identity(of: schema), default: []].formUnion(members.keys)
            for (key, member) in members {
                if let property = properties[key] {
                    record(member, against: property)
                } else if let values = schema["additionalProperties"] {
                    record(member, against: values)
                }
            }
        } else if let elements = value.arrayValue, let items = schema["items"] {
            for element in elements { record(element, against: items) }
        }
    }

    /// The paths of fields in `schema` that no recorded sample used.
    func unused(in schema: JSONValue) -> [String] {
        SchemaNode.all(in: schema).flatMap { node in
            let usedHere = used[Self.identity(of: node.schema)] ?? []
            return (node.schema["properties"]?.objectValue?.keys ?? [])
                .filter { !usedHere.contains($0) }
                .map { node.path.isEmpty ? $0 : "\(node.path).\($0)" }
        }
    }

    private static func identity(of schema: JSONValue) -> JSONValue {
        var identity = schema
        identity["description"] = nil
        return identity
    }
}
