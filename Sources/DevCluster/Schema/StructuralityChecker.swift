import KubeCore

/// Checks that a CRD schema is structural, as apiextensions-apiserver's `ValidateStructural`
/// does (pkg/apiserver/schema/validation.go and complete.go): every specified field has a
/// type, arrays have items, the logical junctors (allOf, anyOf, oneOf, not) only validate
/// values, metadata at the root restricts nothing but name and generateName, and whatever the
/// junctors of the root mention is also specified outside them. Errors are sorted by their
/// text, as there.
enum StructuralityChecker {
    private enum Level { case root, item, field }

    static func check(_ schema: StructuralSchema, at path: FieldPath) -> [FieldError] {
        var errors: [FieldError] = []
        invariants(schema, .root, path, &errors)
        completeness(of: schema, schema, schemaPath: path, junctorPath: path, &errors)
        return errors.sorted { "\($0.field): \($0.detail)" < "\($1.field): \($1.detail)" }
    }

    // MARK: - Invariants

    private static func invariants(_ s: StructuralSchema, _ level: Level, _ path: FieldPath, _ errors: inout [FieldError]) {
        if s.type == "array" && s.items == nil {
            errors.append(.required(path.child("items"), "must be specified"))
        }
        if let items = s.items { invariants(items, .item, path.child("items"), &errors) }
        for name in s.propertyNames {
            invariants(s.properties[name]!, .field, path.child("properties").key(name), &errors)
        }
        if let additional = s.additionalProperties {
            if level == .root {
                errors.append(.forbidden(path.child("additionalProperties"), "must not be used at the root"))
            }
            if let schema = additional.schemaValue { invariants(schema, .field, path.child("additionalProperties"), &errors) }
        }
        if s.intOrString && s.preservesUnknownFields {
            errors.append(
                .invalid(
                    path.child("x-kubernetes-preserve-unknown-fields"), true,
                    "must be false if x-kubernetes-int-or-string is true"))
        }
        if s.intOrString && s.embeddedResource {
            errors.append(
                .invalid(path.child("x-kubernetes-embedded-resource"), true, "must be false if x-kubernetes-int-or-string is true"))
        }
        valueValidation(
            s, skipAnyOf: isIntOrStringAnyOf(s.anyOf), skipFirstAllOfAnyOf: s.allOf.first.map { isIntOrStringAnyOf($0.anyOf) } ?? false,
            level, path, &errors)

        let type = s.type ?? ""
        if s.embeddedResource && type != "object" {
            if type.isEmpty {
                errors.append(.required(path.child("type"), "must be object if x-kubernetes-embedded-resource is true"))
            } else {
                errors.append(.invalid(path.child("type"), .string(type), "must be object if x-kubernetes-embedded-resource is true"))
            }
        } else if type.isEmpty && !s.intOrString && !s.preservesUnknownFields {
            let detail: String
            switch level {
            case .root: detail = "must not be empty at the root"
            case .item: detail = "must not be empty for specified array items"
            case .field: detail = "must not be empty for specified object fields"
            }
            errors.append(.required(path.child("type"), detail))
        }
        if s.embeddedResource && s.additionalProperties != nil {
            errors.append(.forbidden(path.child("additionalProperties"), "must not be used if x-kubernetes-embedded-resource is set"))
        }
        if level == .root && !type.isEmpty && type != "object" {
            errors.append(.invalid(path.child("type"), .string(type), "must be object at the root"))
        }
        let checkMetadata = level == .root || s.embeddedResource
        for typeMetaField in ["kind", "apiVersion"] {
            if checkMetadata, let property = s.properties[typeMetaField], property.type != "string" {
                errors.append(
                    .invalid(path.child("properties").key(typeMetaField).child("type"), .string(property.type ?? ""), "must be string"))
            }
        }
        if let metadata = s.properties["metadata"] {
            metadataInvariants(metadata, checkMetadata, level, path.child("properties").key("metadata"), &errors)
        }
        if s.embeddedResource && !s.preservesUnknownFields && s.properties.isEmpty {
            errors.append(
                .required(
                    path.child("properties"),
                    "must not be empty if x-kubernetes-embedded-resource is true without x-kubernetes-preserve-unknown-fields"))
        }
    }

    /// The schema keys that make up a structural schema node (`Structural` in Go); others such
    /// as `example` or `externalDocs` are not part of it.
    private static let structuralKeys: Set<String> = [
        "type", "title", "description", "default", "nullable", "properties", "items", "additionalProperties",
        "format", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum", "maxLength", "minLength", "pattern",
        "maxItems", "minItems", "uniqueItems", "multipleOf", "enum", "maxProperties", "minProperties", "required",
        "allOf", "oneOf", "anyOf", "not", "x-kubernetes-preserve-unknown-fields", "x-kubernetes-embedded-resource",
        "x-kubernetes-int-or-string", "x-kubernetes-list-map-keys", "x-kubernetes-list-type", "x-kubernetes-map-type",
        "x-kubernetes-validations",
    ]

    /// Whether a member is set to something other than its zero value, as Go would see it.
    private static func isSet(_ value: JSONValue?) -> Bool {
        switch value {
        case nil, .null?, .bool(false)?: return false
        case let .string(text)?: return !text.isEmpty
        case let .array(elements)?: return !elements.isEmpty
        default: return true
        }
    }

    private static func metadataInvariants(
        _ metadata: StructuralSchema, _ checkMetadata: Bool, _ level: Level, _ path: FieldPath, _ errors: inout [FieldError]
    ) {
        if checkMetadata && metadata.type != "object" {
            errors.append(.invalid(path.child("type"), .string(metadata.type ?? ""), "must be object"))
        }
        guard level == .root, case let .object(members) = metadata.raw else { return }
        // Only type, default and properties restricting name and generateName may be given.
        let restrictsOnlyNames =
            !metadata.propertyNames.isEmpty && metadata.propertyNames.allSatisfy { $0 == "name" || $0 == "generateName" }
        let specifiesMore = members.contains { key, value in
            guard structuralKeys.contains(key), key != "type", key != "default" else { return false }
            if key == "properties" { return value.objectValue != nil && !restrictsOnlyNames }
            return isSet(value)
        }
        if specifiesMore {
            errors.append(
                .forbidden(path, "must not specify anything other than name and generateName, but metadata is implicitly specified"))
        }
    }

    /// `anyOf: [{type: integer}, {type: string}]` exactly: the int-or-string exception.
    private static func isIntOrStringAnyOf(_ anyOf: [StructuralSchema]) -> Bool {
        guard anyOf.count == 2 else { return false }
        return zip(anyOf, ["integer", "string"]).allSatisfy { branch, type in
            guard case let .object(members) = branch.raw else { return false }
            return members.allSatisfy { key, value in
                key == "type" ? value == .string(type) : !structuralKeys.contains(key) || !isSet(value)
            } && branch.type == type
        }
    }

    private static func valueValidation(
        _ s: StructuralSchema, skipAnyOf: Bool, skipFirstAllOfAnyOf: Bool, _ level: Level, _ path: FieldPath,
        _ errors: inout [FieldError]
    ) {
        if !skipAnyOf {
            for (index, branch) in s.anyOf.enumerated() {
                nested(branch, skipAnyOf: false, level, path.child("anyOf").index(index), &errors)
            }
        }
        for (index, branch) in s.allOf.enumerated() {
            nested(branch, skipAnyOf: skipFirstAllOfAnyOf && index == 0, level, path.child("allOf").index(index), &errors)
        }
        for (index, branch) in s.oneOf.enumerated() {
            nested(branch, skipAnyOf: false, level, path.child("oneOf").index(index), &errors)
        }
        if let not = s.not { nested(not, skipAnyOf: false, level, path.child("not"), &errors) }
        if let pattern = s.pattern, let problem = pattern.compileError {
            errors.append(
                .invalid(path.child("pattern"), .string(pattern.source), "must be a valid regular expression, but isn't: \(problem)"))
        }
    }

    /// A schema under allOf/anyOf/oneOf/not may only validate values.
    private static func nested(_ v: StructuralSchema, skipAnyOf: Bool, _ level: Level, _ path: FieldPath, _ errors: inout [FieldError]) {
        valueValidation(v, skipAnyOf: skipAnyOf, skipFirstAllOfAnyOf: false, level, path, &errors)
        if let items = v.items { nested(items, skipAnyOf: false, level, path.child("items"), &errors) }
        for name in v.propertyNames {
            nested(v.properties[name]!, skipAnyOf: false, .field, path.child("properties").key(name), &errors)
        }
        let raw = v.raw.objectValue ?? [:]
        if !(v.type ?? "").isEmpty { errors.append(.forbidden(path.child("type"), "must be empty to be structural")) }
        if v.additionalProperties != nil {
            errors.append(.forbidden(path.child("additionalProperties"), "must be undefined to be structural"))
        }
        if v.defaultValue != nil { errors.append(.forbidden(path.child("default"), "must be undefined to be structural")) }
        if isSet(raw["title"]) { errors.append(.forbidden(path.child("title"), "must be empty to be structural")) }
        if !(v.description ?? "").isEmpty { errors.append(.forbidden(path.child("description"), "must be empty to be structural")) }
        if v.nullable { errors.append(.forbidden(path.child("nullable"), "must be false to be structural")) }
        if isSet(raw["externalDocs"]) { errors.append(.forbidden(path.child("externalDocs"), "must be undefined to be structural")) }
        if v.preservesUnknownFields {
            errors.append(.forbidden(path.child("x-kubernetes-preserve-unknown-fields"), "must be false to be structural"))
        }
        if v.embeddedResource {
            errors.append(.forbidden(path.child("x-kubernetes-embedded-resource"), "must be false to be structural"))
        }
        if v.intOrString { errors.append(.forbidden(path.child("x-kubernetes-int-or-string"), "must be false to be structural")) }
        if !v.listMapKeys.isEmpty {
            errors.append(.forbidden(path.child("x-kubernetes-list-map-keys"), "must be empty to be structural"))
        }
        if v.listType != nil { errors.append(.forbidden(path.child("x-kubernetes-list-type"), "must be undefined to be structural")) }
        if v.mapType != nil { errors.append(.forbidden(path.child("x-kubernetes-map-type"), "must be undefined to be structural")) }
        if !v.validationRules.isEmpty {
            errors.append(.forbidden(path.child("x-kubernetes-validations"), "must be empty to be structural"))
        }
        if v.properties["metadata"] != nil {
            errors.append(.forbidden(path.child("properties").key("metadata"), "must not be specified in a nested context"))
        }
    }

    // MARK: - Completeness

    /// What the junctors of `junctors` mention must exist in the structural schema `s`.
    private static func completeness(
        of junctors: StructuralSchema, _ s: StructuralSchema, schemaPath: FieldPath, junctorPath: FieldPath,
        _ errors: inout [FieldError]
    ) {
        if let not = junctors.not {
            nestedCompleteness(not, s, schemaPath, junctorPath.child("not"), &errors)
        }
        for (key, branches) in [("allOf", junctors.allOf), ("anyOf", junctors.anyOf), ("oneOf", junctors.oneOf)] {
            for (index, branch) in branches.enumerated() {
                nestedCompleteness(branch, s, schemaPath, junctorPath.child(key).index(index), &errors)
            }
        }
    }

    private static func nestedCompleteness(
        _ v: StructuralSchema, _ s: StructuralSchema?, _ schemaPath: FieldPath, _ junctorPath: FieldPath,
        _ errors: inout [FieldError]
    ) {
        guard let s else {
            errors.append(.required(schemaPath, "because it is defined in \(junctorPath)"))
            return
        }
        completeness(of: v, s, schemaPath: schemaPath, junctorPath: junctorPath, &errors)
        if let items = v.items {
            nestedCompleteness(items, s.items, schemaPath.child("items"), junctorPath.child("items"), &errors)
        }
        for name in v.propertyNames {
            let propertySchemaPath = schemaPath.child("properties").key(name)
            let propertyJunctorPath = junctorPath.child("properties").key(name)
            if let property = s.properties[name] {
                nestedCompleteness(v.properties[name]!, property, propertySchemaPath, propertyJunctorPath, &errors)
            } else {
                errors.append(.required(propertySchemaPath, "because it is defined in \(propertyJunctorPath)"))
            }
        }
    }
}
