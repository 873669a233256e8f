import KubeCore

/// A node of an OpenAPI schema and where it is, for walking a whole CRD schema.
struct SchemaNode {
    /// Like `spec.steps[].container.env[].name`; empty for the root.
    let path: String
    let schema: JSONValue
    /// The schemas above this one, the root first.
    let ancestors: [JSONValue]

    /// This node and every node below it: properties, list items and map values.
    static func all(in schema: JSONValue, path: String = "", ancestors: [JSONValue] = []) -> [SchemaNode] {
        var nodes = [SchemaNode(path: path, schema: schema, ancestors: ancestors)]
        let below = ancestors + [schema]
        for (name, property) in schema["properties"]?.objectValue ?? [:] {
            nodes += all(in: property, path: path.isEmpty ? name : "\(path).\(name)", ancestors: below)
        }
        if let items = schema["items"] { nodes += all(in: items, path: path + "[]", ancestors: below) }
        if let values = schema["additionalProperties"] { nodes += all(in: values, path: path + "{}", ancestors: below) }
        return nodes
    }
}
