import KubeCore

extension SchemaNode {
    /// The fields `value` sets (structured-merge-diff's `ToFieldSet`): every leaf; every map key
    /// the schema does not declare by name, even when it holds more below it; every list item.
    /// Declared fields that hold maps or lists are not members themselves: owning
    /// `.spec.replicas` does not mean owning `.spec`. An item whose key is duplicated in the list
    /// is owned as a whole, since its fields cannot be told apart.
    func fieldSet(of value: JSONValue) -> FieldSet {
        var set = FieldSet()
        switch kind(of: value) {
        case .leaf:
            break
        case .map:
            guard case let .object(members) = value else { break }
            for (name, child) in members {
                let (schema, isNamed) = member(name)
                let element = PathElement.field(name)
                if !isNamed || schema.kind(of: child) == .leaf { set.insertMember(element) }
                set.attach(schema.fieldSet(of: child), at: element)
            }
        case let .list(keying):
            guard case let .array(list) = value else { break }
            let listItems = ListItems(list, keying: keying, in: self)
            for element in listItems.elements {
                set.insertMember(element)
                if let group = listItems.groups[element], group.count == 1 {
                    set.attach(items.fieldSet(of: group[0]), at: element)
                }
            }
        }
        return set
    }

    /// `set` with every declared field that has members below it made a member too
    /// (`EnsureNamedFieldsAreMembers`), so that pruning can remove a struct a manager stopped
    /// applying as a whole rather than leave it empty.
    func namedFieldsMadeMembers(_ set: FieldSet) -> FieldSet {
        var result = FieldSet()
        for element in set.members { result.insertMember(element) }
        for (element, below) in set.children {
            let schema: SchemaNode
            switch element {
            case let .field(name):
                let (memberSchema, isNamed) = member(name)
                if isNamed { result.insertMember(element) }
                schema = memberSchema
            case .key:
                schema = items
            case .value, .index:
                schema = .unknown
            }
            result.attach(schema.namedFieldsMadeMembers(below), at: element)
        }
        return result
    }
}
