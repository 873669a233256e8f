import KubeCore

extension SchemaNode {
    /// The path element that picks `item` out of this granular list, or why there is none (in
    /// structured-merge-diff's words).
    func pathElement(ofItem item: JSONValue, keying: ListKeying) throws(SchemaViolation) -> PathElement {
        switch keying {
        case .byValue:
            switch item {
            case .object: throw SchemaViolation("associative list without keys has an element that's a map type")
            case .array: throw SchemaViolation("not supported: associative list with lists as elements")
            case .null: throw SchemaViolation("associative list without keys has an element that's an explicit null")
            default: return .value(item)
            }
        case let .byFields(names):
            guard case let .object(fields) = item else {
                throw SchemaViolation(
                    item.isNull
                        ? "associative list with keys may not have a null element"
                        : "associative list with keys may not have non-map elements")
            }
            var key: [KeyField] = []
            for name in names {
                guard let value = fields[name] ?? keyDefault(name) else {
                    throw SchemaViolation(
                        "associative list with keys has an element that omits key field \(GoValueFormat.quote(name)) (and doesn't have default value)")
                }
                key.append(KeyField(name: name, value: value))
            }
            return .key(sorting: key)
        }
    }
}
