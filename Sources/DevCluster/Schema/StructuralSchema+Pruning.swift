import KubeCore

extension StructuralSchema {
    /// Removes the members the schema does not specify, as kube-apiserver does when it decodes a
    /// custom object (pkg/apiserver/schema/pruning/algorithm.go), and returns their paths,
    /// sorted (`spec.foo`, `spec.items[0].bar`) for `fieldValidation=Strict`'s
    /// `unknown field "spec.foo"` and `Warn`'s warnings.
    ///
    /// Nothing is removed below `x-kubernetes-preserve-unknown-fields: true` (though specified
    /// members there are still pruned), and `apiVersion`, `kind` and `metadata` are kept at the
    /// root and in embedded resources. Afterwards, as the decoder does, `null` members the schema
    /// neither allows nor defaults are dropped without being reported
    /// (defaulting/prunenulls.go).
    func prune(_ object: inout JSONValue) -> [String] {
        let pruned = pruneUnknownFields(&object, isResourceRoot: true)
        dropNonNullableNullsWithoutDefaults(&object)
        return pruned
    }

    /// Only the removal of unknown members (`pruning.Prune`), with this node as the root of a
    /// resource or not: a CRD's default values are checked this way.
    func pruneUnknownFields(_ value: inout JSONValue, isResourceRoot: Bool) -> [String] {
        var pruner = Pruner()
        pruner.prune(&value, self, path: "", isResource: isResourceRoot)
        return pruner.prunedPaths.sorted()
    }

    private func dropNonNullableNullsWithoutDefaults(_ value: inout JSONValue) {
        switch value {
        case var .object(members):
            value = .null
            var dropped: Set<String> = []
            for index in members.values.indices {
                guard let schema = schema(forMember: members.keys[index]) else { continue }
                if members.values[index].isNull {
                    if !schema.nullable && schema.defaultValue == nil { dropped.insert(members.keys[index]) }
                } else {
                    schema.dropNonNullableNullsWithoutDefaults(&members.values[index])
                }
            }
            if !dropped.isEmpty { members.removeAll { dropped.contains($0.key) } }
            value = .object(members)
        case var .array(elements):
            guard let items else { return }
            value = .null
            for index in elements.indices { items.dropNonNullableNullsWithoutDefaults(&elements[index]) }
            value = .array(elements)
        default:
            break
        }
    }
}

/// One pruning pass, collecting the paths of what it removed.
private struct Pruner {
    private static let metaFields: Set<String> = ["apiVersion", "kind", "metadata"]

    private(set) var prunedPaths: [String] = []

    /// `isResource` marks the root, which keeps its TypeMeta and ObjectMeta like an embedded
    /// resource. A `nil` schema (under `additionalProperties: true` or `false`) keeps scalars
    /// and empties objects.
    mutating func prune(_ value: inout JSONValue, _ schema: StructuralSchema?, path: String, isResource: Bool) {
        if let schema, schema.preservesUnknownFields {
            pruneSpecified(&value, schema, path: path, isResource: isResource)
            return
        }
        switch value {
        case var .object(members):
            value = .null
            guard let schema else {
                for key in members.keys { record(path, key) }
                value = .object([:])
                return
            }
            let keepsMeta = isResource || schema.embeddedResource
            var removed: Set<String> = []
            for index in members.values.indices {
                let key = members.keys[index]
                if keepsMeta && Self.metaFields.contains(key) { continue }
                if let property = schema.properties[key] {
                    prune(&members.values[index], property, path: join(path, key), isResource: false)
                } else if let additional = schema.additionalProperties {
                    prune(&members.values[index], additional.schemaValue, path: join(path, key), isResource: false)
                } else {
                    if !Self.metaFields.contains(key) || !path.isEmpty { record(path, key) }
                    removed.insert(key)
                }
            }
            if !removed.isEmpty { members.removeAll { removed.contains($0.key) } }
            value = .object(members)
        case var .array(elements):
            value = .null
            for index in elements.indices {
                prune(&elements[index], schema?.items, path: path + "[\(index)]", isResource: false)
            }
            value = .array(elements)
        default:
            break
        }
    }

    /// `skipPrune`: under preserve-unknown-fields unknown members stay, specified ones are
    /// pruned by their own schema.
    private mutating func pruneSpecified(_ value: inout JSONValue, _ schema: StructuralSchema, path: String, isResource: Bool) {
        switch value {
        case var .object(members):
            value = .null
            let keepsMeta = isResource || schema.embeddedResource
            for index in members.values.indices {
                let key = members.keys[index]
                if keepsMeta && Self.metaFields.contains(key) { continue }
                if let property = schema.properties[key] {
                    prune(&members.values[index], property, path: join(path, key), isResource: false)
                } else if let additional = schema.additionalProperties {
                    prune(&members.values[index], additional.schemaValue, path: join(path, key), isResource: false)
                }
            }
            value = .object(members)
        case var .array(elements):
            guard let items = schema.items else { return }
            value = .null
            for index in elements.indices {
                pruneSpecified(&elements[index], items, path: path + "[\(index)]", isResource: false)
            }
            value = .array(elements)
        default:
            break
        }
    }

    private func join(_ path: String, _ key: String) -> String {
        path.isEmpty ? key : path + "." + key
    }

    private mutating func record(_ path: String, _ key: String) {
        prunedPaths.append(join(path, key))
    }
}

extension StructuralSchema.AdditionalProperties {
    /// The schema for additional members; `nil` for `true` and `false`.
    var schemaValue: StructuralSchema? {
        if case let .schema(schema) = self { return schema }
        return nil
    }
}
