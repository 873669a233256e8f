import KubeCore

/// One node of an OpenAPI v3 schema, read once the way kube-apiserver turns OpenAPI into
/// structured-merge-diff's schema: `x-kubernetes-list-type` and `x-kubernetes-list-map-keys`
/// for lists, falling back to `x-kubernetes-patch-strategy: merge` and
/// `x-kubernetes-patch-merge-key` (what built-in types declare), `x-kubernetes-map-type` for maps.
///
/// Where the schema says nothing (no schema, a `x-kubernetes-preserve-unknown-fields` subtree, a
/// key it does not declare), the node is deduced from the value as structured-merge-diff deduces
/// untyped data: maps are granular, lists atomic.
///
/// The whole tree is built up front (schemas are inline, so finite), so that walking a large
/// object looks nothing up in the OpenAPI document.
final class SchemaNode: Sendable {
    /// The node of which nothing is known.
    static let unknown = SchemaNode(nil)

    /// How an object, an array, and `null` (or an absent value) are treated here.
    private let objectKind: NodeKind
    private let arrayKind: NodeKind
    private let nullKind: NodeKind
    private let properties: [String: SchemaNode]
    private let additionalProperties: SchemaNode?
    private let itemsNode: SchemaNode?
    /// The node's `default`, which stands in for a map-list key an item leaves out.
    private let defaultValue: JSONValue?

    init(_ definition: JSONValue?) {
        var properties: [String: SchemaNode] = [:]
        for (name, property) in definition?["properties"]?.objectValue ?? [:] {
            properties[name] = SchemaNode(property)
        }
        self.properties = properties
        let additional = definition?["additionalProperties"]
        additionalProperties = additional?.objectValue == nil ? nil : SchemaNode(additional)
        itemsNode = definition?["items"].map(SchemaNode.init)
        defaultValue = definition?["default"]

        let mapKind: NodeKind = definition?["x-kubernetes-map-type"]?.stringValue == "atomic" ? .leaf : .map
        let listKind = Self.listKind(definition)
        switch Self.declaredType(definition) {
        case "object":
            (objectKind, arrayKind, nullKind) = (mapKind, .leaf, mapKind)
        case "array":
            (objectKind, arrayKind, nullKind) = (.leaf, listKind, listKind)
        case "scalar":
            (objectKind, arrayKind, nullKind) = (.leaf, .leaf, .leaf)
        default:
            // Untyped: structured-merge-diff tries a map first, and deduced lists are atomic.
            (objectKind, arrayKind, nullKind) = (mapKind, .leaf, mapKind)
        }
    }

    /// `object`, `array`, `scalar`, or `nil` when the schema declares no type.
    private static func declaredType(_ definition: JSONValue?) -> String? {
        guard let definition else { return nil }
        switch definition["type"]?.stringValue {
        case "object": return "object"
        case "array": return "array"
        case "string", "integer", "number", "boolean": return "scalar"
        default:
            if definition["x-kubernetes-int-or-string"]?.boolValue == true { return "scalar" }
            if definition["properties"] != nil || definition["additionalProperties"]?.objectValue != nil { return "object" }
            if definition["items"] != nil { return "array" }
            return nil
        }
    }

    private static func listKind(_ definition: JSONValue?) -> NodeKind {
        guard let definition else { return .leaf }
        if let listType = definition["x-kubernetes-list-type"]?.stringValue {
            switch listType {
            case "set":
                return .list(.byValue)
            case "map":
                let keys = definition["x-kubernetes-list-map-keys"]?.arrayValue?.compactMap(\.stringValue) ?? []
                return keys.isEmpty ? .leaf : .list(.byFields(keys))
            default:
                return .leaf
            }
        }
        let strategies = definition["x-kubernetes-patch-strategy"]?.stringValue?.split(separator: ",") ?? []
        guard strategies.contains("merge") else { return .leaf }
        if let mergeKey = definition["x-kubernetes-patch-merge-key"]?.stringValue {
            return .list(.byFields([mergeKey]))
        }
        return .list(.byValue)
    }

    /// How `value` is treated here; `nil` (absent) and `null` take the schema's declared kind
    /// (a map when nothing is declared), as structured-merge-diff resolves them. A value of
    /// another kind than declared is a leaf.
    func kind(of value: JSONValue?) -> NodeKind {
        switch value {
        case .object?: return objectKind
        case .array?: return arrayKind
        case .null?, nil: return nullKind
        default: return .leaf
        }
    }

    /// The schema of the map member `name`, and whether the schema declares it by name (a struct
    /// field, in structured-merge-diff's terms) rather than as any key of a map.
    func member(_ name: String) -> (schema: SchemaNode, isNamed: Bool) {
        if let property = properties[name] { return (property, true) }
        return (additionalProperties ?? .unknown, false)
    }

    /// The schema of a list's items.
    var items: SchemaNode {
        itemsNode ?? .unknown
    }

    /// The `default` the items' schema gives the key field `name` (`protocol: TCP` of container
    /// ports).
    func keyDefault(_ name: String) -> JSONValue? {
        items.properties[name]?.defaultValue
    }
}
