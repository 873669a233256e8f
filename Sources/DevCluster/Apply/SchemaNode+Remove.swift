import KubeCore

extension SchemaNode {
    /// `value` without the fields in `set` (structured-merge-diff's `RemoveItems`): a member of
    /// the set goes with everything below it. A map or list left with nothing becomes `null`,
    /// as in structured-merge-diff; pruning removes such containers whole where they were owned.
    func removing(_ set: FieldSet, from value: JSONValue) -> JSONValue {
        switch kind(of: value) {
        case .leaf:
            return value
        case .map:
            guard case let .object(members) = value, !members.isEmpty else { return .null }
            var result = JSONObject(minimumCapacity: members.count)
            for (name, child) in members {
                let element = PathElement.field(name)
                if set.members.contains(element) { continue }
                if let below = set.children[element] {
                    result[name] = member(name).schema.removing(below, from: child)
                } else {
                    result[name] = child
                }
            }
            return result.isEmpty ? .null : .object(result)
        case let .list(keying):
            guard case let .array(list) = value, !list.isEmpty else { return .null }
            var result: [JSONValue] = []
            result.reserveCapacity(list.count)
            for item in list {
                guard let element = try? pathElement(ofItem: item, keying: keying) else {
                    result.append(item)
                    continue
                }
                if set.members.contains(element) { continue }
                if let below = set.children[element] {
                    result.append(items.removing(below, from: item))
                } else {
                    result.append(item)
                }
            }
            return result.isEmpty ? .null : .array(result)
        }
    }
}
