import KubeCore

/// The TypeMeta checks on values of `x-kubernetes-embedded-resource: true` schemas below the
/// root (apiextensions-apiserver pkg/apiserver/schema/objectmeta/validation.go): `apiVersion`
/// and `kind` are required strings, the version parses as a group version and the kind is a
/// DNS-1035 label in any case. The embedded `metadata` is not validated here.
enum EmbeddedResourceValidator {
    static func validate(_ value: JSONValue, _ schema: StructuralSchema, at path: FieldPath) -> [FieldError] {
        guard schema.containsEmbeddedResources else { return [] }
        switch value {
        case let .object(members):
            var errors = schema.embeddedResource ? typeMetaErrors(members, path) : []
            for (key, member) in members {
                if let property = schema.properties[key] {
                    errors += validate(member, property, at: path.child(key))
                } else if case let .schema(additional)? = schema.additionalProperties {
                    errors += validate(member, additional, at: path.key(key))
                }
            }
            return errors
        case let .array(elements):
            guard let items = schema.items else { return [] }
            return elements.enumerated().flatMap { validate($0.element, items, at: path.index($0.offset)) }
        default:
            return []
        }
    }

    private static func typeMetaErrors(_ members: JSONObject, _ path: FieldPath) -> [FieldError] {
        var errors: [FieldError] = []
        if members["apiVersion"] == nil { errors.append(.required(path.child("apiVersion"))) }
        if members["kind"] == nil { errors.append(.required(path.child("kind"))) }
        for (key, member) in members {
            switch key {
            case "apiVersion":
                guard case let .string(apiVersion) = member else {
                    errors.append(.invalid(path.child("apiVersion"), member, "must be a string"))
                    continue
                }
                if apiVersion.isEmpty {
                    errors.append(.required(path.child("apiVersion")))
                } else if apiVersion.filter({ $0 == "/" }).count > 1 {
                    errors.append(.invalid(path.child("apiVersion"), member, "unexpected GroupVersion string: \(apiVersion)"))
                }
            case "kind":
                guard case let .string(kind) = member else {
                    errors.append(.invalid(path.child("kind"), member, "must be a string"))
                    continue
                }
                if kind.isEmpty {
                    errors.append(.required(path.child("kind")))
                } else {
                    let problems = KubeNameRules.dns1035Label(kind.lowercased())
                    if !problems.isEmpty {
                        errors.append(
                            .invalid(
                                path.child("kind"), member,
                                "may have mixed case, but should otherwise match: " + problems.joined(separator: ",")))
                    }
                }
            default:
                break
            }
        }
        return errors
    }
}
