import KubeCore

/// Checks a CRD schema's `default` values as apiextensions-apiserver's `ValidateDefaults`
/// does (pkg/apiserver/schema/defaulting/validation.go): a default must contain no member
/// that pruning would drop, must carry TypeMeta when it is an embedded resource, and must
/// validate against the schema it sits in, with errors reported under `…default`. Defaults
/// inside metadata are validated against their schema only.
enum DefaultValueChecker {
    private static let metaFields: Set<String> = ["metadata", "apiVersion", "kind"]

    static func check(_ schema: StructuralSchema, at path: FieldPath) -> [FieldError] {
        var errors: [FieldError] = []
        check(schema, path, isResource: true, insideMeta: false, &errors)
        return errors
    }

    private static func check(
        _ s: StructuralSchema, _ path: FieldPath, isResource: Bool, insideMeta: Bool, _ errors: inout [FieldError]
    ) {
        let insideMeta = insideMeta && !s.embeddedResource
        if let defaultValue = s.defaultValue {
            let defaultPath = path.child("default")
            if insideMeta {
                errors += SchemaValueValidator(base: defaultPath).validate(defaultValue, against: s)
            } else {
                var pruned = defaultValue
                if !s.pruneUnknownFields(&pruned, isResourceRoot: s.embeddedResource).isEmpty {
                    errors.append(.invalid(defaultPath, defaultValue, "must not have unknown fields"))
                }
                let typeMetaErrors = EmbeddedResourceValidator.validate(defaultValue, s, at: defaultPath)
                errors += typeMetaErrors.isEmpty
                    ? SchemaValueValidator(base: defaultPath).validate(defaultValue, against: s) : typeMetaErrors
            }
        }
        // additionalProperties are not followed: defaults there cannot be pruned meaningfully.
        if let items = s.items {
            check(items, path.child("items"), isResource: false, insideMeta: insideMeta, &errors)
        }
        for name in s.propertyNames {
            let isMeta = (isResource || s.embeddedResource) && metaFields.contains(name)
            check(
                s.properties[name]!, path.child("properties").key(name), isResource: false, insideMeta: insideMeta || isMeta, &errors)
        }
    }
}
