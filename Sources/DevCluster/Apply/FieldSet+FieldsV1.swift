import KubeCore

/// The `FieldsV1` form of a field set that `metadata.managedFields` carries: a JSON trie whose
/// member names are serialized path elements (`f:`, `k:`, `v:`, `i:`), `{}` marking a member, and
/// `".": {}` marking a node that is both a member and has members below it.
extension FieldSet {
    /// The set written as kube-apiserver writes it: members in structured-merge-diff's order,
    /// `"."` first.
    var fieldsV1: JSONValue {
        .object(fieldsV1Members(includingSelf: false))
    }

    private func fieldsV1Members(includingSelf: Bool) -> JSONObject {
        var object = JSONObject()
        if includingSelf && !isEmpty {
            object["."] = .object([:])
        }
        for element in members.union(children.keys).sorted() {
            if let child = children[element] {
                object[element.serialized] = .object(child.fieldsV1Members(includingSelf: members.contains(element)))
            } else {
                object[element.serialized] = .object([:])
            }
        }
        return object
    }

    /// Reads `FieldsV1`. Member kinds this version does not know are skipped, as
    /// structured-merge-diff skips them.
    init(fieldsV1: JSONValue) throws(ManagedFieldsError) {
        self = try Self.readFieldsV1(fieldsV1).children ?? FieldSet()
    }

    /// The set below one `FieldsV1` node (`nil` when it has no recognised members) and whether
    /// the node itself is a member: it is when it says so with `"."`, or has nothing below it.
    private static func readFieldsV1(_ node: JSONValue) throws(ManagedFieldsError) -> (children: FieldSet?, isMember: Bool) {
        guard case let .object(object) = node else {
            throw ManagedFieldsError("expected a JSON object in FieldsV1, got \(node.typeName)")
        }
        var children: FieldSet?
        var isMember = false
        for (name, value) in object {
            if name == "." {
                isMember = true
                continue
            }
            guard let element = try PathElement(serialized: name) else { continue }
            let (grandchildren, childIsMember) = try readFieldsV1(value)
            if childIsMember {
                children = children ?? FieldSet()
                children?.insertMember(element)
            }
            if let grandchildren {
                children = children ?? FieldSet()
                children?.attach(grandchildren, at: element)
            }
        }
        return (children, isMember || children == nil)
    }
}
