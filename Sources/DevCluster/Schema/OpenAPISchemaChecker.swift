import KubeCore

/// The per-node rules apiextensions-apiserver applies to a CRD schema besides structurality
/// (`ValidateCustomResourceDefinitionOpenAPISchema` and `specStandardValidatorV3` in
/// pkg/apis/apiextensions/validation/validation.go): valid types, no unsupported keywords,
/// defaults only where they can be applied, and consistent `x-kubernetes-list-type`,
/// `x-kubernetes-list-map-keys`, `x-kubernetes-map-type` and `x-kubernetes-validations`.
/// CEL rules are checked for shape only, not compiled.
enum OpenAPISchemaChecker {
    private static let openAPIV3Types = ["array", "boolean", "integer", "number", "object", "string"]
    private static let metaFields: Set<String> = ["metadata", "kind", "apiVersion"]
    private static let validationReasons = ["FieldValueDuplicate", "FieldValueForbidden", "FieldValueInvalid", "FieldValueRequired"]

    /// Where a node sits: defaults are forbidden in the root's TypeMeta and ObjectMeta, and
    /// embedded resources cannot appear inside them.
    private struct Context {
        var allowsDefaults = true
        var disallowedDefaultsReason = ""
        var insideResourceMeta = false

        func forbiddingDefaults(_ reason: String) -> Context {
            var copy = self
            copy.allowsDefaults = false
            copy.disallowedDefaultsReason = reason
            return copy
        }
    }

    static func check(_ schema: StructuralSchema, at path: FieldPath) -> [FieldError] {
        var errors: [FieldError] = []
        check(schema, path, Context(), isRoot: true, &errors)
        return errors
    }

    private static func check(_ s: StructuralSchema, _ path: FieldPath, _ context: Context, isRoot: Bool, _ errors: inout [FieldError]) {
        let raw = s.raw.objectValue ?? [:]
        keywordErrors(s, raw, path, context, &errors)
        if s.uniqueItems {
            errors.append(
                .forbidden(path.child("uniqueItems"), "uniqueItems cannot be set to true since the runtime complexity becomes quadratic"))
        }
        if let additional = s.additionalProperties {
            if !s.properties.isEmpty, additional.schemaValue != nil || !isAllowed(additional) {
                errors.append(.forbidden(path.child("additionalProperties"), "additionalProperties and properties are mutual exclusive"))
            }
            if let schema = additional.schemaValue {
                let subContext =
                    context.insideResourceMeta ? context.forbiddingDefaults("inside additionalProperties applying to object metadata") : context
                check(schema, path.child("additionalProperties"), subContext, isRoot: false, &errors)
            }
        }
        for name in s.propertyNames {
            var subContext = context
            if (isRoot || s.embeddedResource) && metaFields.contains(name) {
                subContext.insideResourceMeta = true
                if isRoot { subContext = subContext.forbiddingDefaults("in top-level \(name)") }
            }
            check(s.properties[name]!, path.child("properties").key(name), subContext, isRoot: false, &errors)
        }
        if let not = s.not { check(not, path.child("not"), context, isRoot: false, &errors) }
        for (key, branches) in [("allOf", s.allOf), ("oneOf", s.oneOf), ("anyOf", s.anyOf)] {
            for (index, branch) in branches.enumerated() {
                check(branch, path.child(key).index(index), context, isRoot: false, &errors)
            }
        }
        if let items = s.items { check(items, path.child("items"), context, isRoot: false, &errors) }
        if s.preserveUnknownFields == false {
            errors.append(.invalid(path.child("x-kubernetes-preserve-unknown-fields"), false, "must be true or undefined"))
        }
        mapAndListTypeErrors(s, path, &errors)
        validationRuleErrors(s, path, &errors)
    }

    private static func isAllowed(_ additional: StructuralSchema.AdditionalProperties) -> Bool {
        if case let .allowed(flag) = additional { return flag }
        return true
    }

    /// `specStandardValidatorV3.validate`.
    private static func keywordErrors(
        _ s: StructuralSchema, _ raw: JSONObject, _ path: FieldPath, _ context: Context, _ errors: inout [FieldError]
    ) {
        if let type = s.type, !type.isEmpty, !openAPIV3Types.contains(type) {
            errors.append(.notSupported(path.child("type"), .string(type), openAPIV3Types))
        }
        if s.defaultValue != nil && !context.allowsDefaults {
            let reason = context.disallowedDefaultsReason
            errors.append(.forbidden(path.child("default"), "must not be set" + (reason.isEmpty ? "" : " " + reason)))
        }
        if case let .string(id)? = raw["id"], !id.isEmpty {
            errors.append(.forbidden(path.child("id"), "id is not supported"))
        }
        let unsupported: [(String, String)] = [
            ("additionalItems", "additionalItems is not supported"), ("patternProperties", "patternProperties is not supported"),
            ("definitions", "definitions is not supported"), ("dependencies", "dependencies is not supported"),
            ("$ref", "$ref is not supported"),
        ]
        for (key, message) in unsupported where isPresent(raw[key]) {
            errors.append(.forbidden(path.child(key), message))
        }
        if s.type == "null" {
            errors.append(.forbidden(path.child("type"), "type cannot be set to null, use nullable as an alternative"))
        }
        if case let .array(schemas)? = raw["items"], !schemas.isEmpty {
            errors.append(.forbidden(path.child("items"), "items must be a schema object and not an array"))
        }
        if context.insideResourceMeta && s.embeddedResource {
            errors.append(.forbidden(path.child("x-kubernetes-embedded-resource"), "must not be used inside of resource meta"))
        }
    }

    private static func isPresent(_ value: JSONValue?) -> Bool {
        switch value {
        case nil, .null?: return false
        case let .object(members)?: return !members.isEmpty
        case let .string(text)?: return !text.isEmpty
        default: return true
        }
    }

    private static func mapAndListTypeErrors(_ s: StructuralSchema, _ path: FieldPath, _ errors: inout [FieldError]) {
        let type = s.type ?? ""
        if let mapType = s.mapType {
            if type != "object" {
                let detail = "must be object if x-kubernetes-map-type is specified"
                errors.append(type.isEmpty ? .required(path.child("type"), detail) : .invalid(path.child("type"), .string(type), detail))
            }
            if mapType != "atomic" && mapType != "granular" {
                errors.append(.notSupported(path.child("x-kubernetes-map-type"), .string(mapType), ["atomic", "granular"]))
            }
        }
        if s.listType != nil, type != "array" {
            let detail = "must be array if x-kubernetes-list-type is specified"
            errors.append(type.isEmpty ? .required(path.child("type"), detail) : .invalid(path.child("type"), .string(type), detail))
        } else if s.listType == "set", let items = s.items {
            let detail = "must be atomic as item of a list with x-kubernetes-list-type=set"
            // Go passes the items' list type in both messages, so a map-type problem shows it too.
            let shown: JSONValue = items.listType.map { .string($0) } ?? .null
            if items.type == "array", let itemListType = items.listType, itemListType != "atomic" {
                errors.append(.invalid(path.child("items").child("x-kubernetes-list-type"), shown, detail))
            } else if items.type == "object", items.mapType != "atomic" {
                errors.append(.invalid(path.child("items").child("x-kubernetes-map-type"), shown, detail))
            }
        }
        if let listType = s.listType, !["atomic", "set", "map"].contains(listType) {
            errors.append(.notSupported(path.child("x-kubernetes-list-type"), .string(listType), ["atomic", "set", "map"]))
        }
        let renderedKeys = "[]string{" + s.listMapKeys.map(GoValueFormat.quote).joined(separator: ", ") + "}"
        if !s.listMapKeys.isEmpty {
            let detail = "must be map if x-kubernetes-list-map-keys is non-empty"
            if let listType = s.listType {
                if listType != "map" { errors.append(.invalid(path.child("x-kubernetes-list-type"), .string(listType), detail)) }
            } else {
                errors.append(.required(path.child("x-kubernetes-list-type"), detail))
            }
        }
        if s.listType == "map" {
            if s.listMapKeys.isEmpty {
                errors.append(
                    .required(path.child("x-kubernetes-list-map-keys"), "must not be empty if x-kubernetes-list-type is map"))
            }
            if let items = s.items {
                if items.type != "object" {
                    errors.append(
                        .invalid(
                            path.child("items").child("type"), .string(items.type ?? ""),
                            "must be object if parent array's x-kubernetes-list-type is map"))
                } else {
                    var seen: Set<String> = []
                    for key in s.listMapKeys {
                        if let property = items.properties[key] {
                            if property.type == "array" || property.type == "object" {
                                errors.append(
                                    .invalid(
                                        path.child("items").child("properties").key(key).child("type"), .string(items.type ?? ""),
                                        "must be a scalar type if parent array's x-kubernetes-list-type is map"))
                            }
                        } else {
                            errors.append(
                                .invalid(
                                    path.child("x-kubernetes-list-map-keys"), renderedValue: renderedKeys,
                                    "entries must all be names of item properties"))
                        }
                        if !seen.insert(key).inserted {
                            errors.append(
                                .invalid(
                                    path.child("x-kubernetes-list-map-keys"), renderedValue: renderedKeys,
                                    "must not contain duplicate entries"))
                        }
                    }
                }
            } else {
                errors.append(.required(path.child("items"), "must have a schema if x-kubernetes-list-type is map"))
            }
        }
        // validateMapListKeysMapSet
        if let listType = s.listType, listType == "set" || listType == "map", let items = s.items {
            if items.nullable {
                errors.append(.forbidden(path.child("items").child("nullable"), "cannot be nullable when x-kubernetes-list-type is \(listType)"))
            }
            if listType == "map" {
                for key in s.listMapKeys {
                    guard let property = items.properties[key] else { continue }
                    let propertyPath = path.child("items").child("properties").key(key)
                    if !items.required.contains(key) && property.defaultValue == nil {
                        errors.append(
                            .required(
                                propertyPath.child("default"),
                                "this property is in x-kubernetes-list-map-keys, so it must have a default or be a required property"))
                    }
                    if property.nullable {
                        errors.append(
                            .forbidden(propertyPath.child("nullable"), "this property is in x-kubernetes-list-map-keys, so it cannot be nullable"))
                    }
                }
            }
        }
    }

    /// The shape of `x-kubernetes-validations` rules; the CEL itself is not compiled.
    private static func validationRuleErrors(_ s: StructuralSchema, _ path: FieldPath, _ errors: inout [FieldError]) {
        for (index, rule) in s.validationRules.enumerated() {
            let rulePath = path.child("x-kubernetes-validations").index(index)
            guard case let .object(members) = rule else {
                errors.append(.typeInvalid(rulePath, rule, "must be of type object"))
                continue
            }
            let ruleText = members["rule"]?.stringValue ?? ""
            let message = members["message"]?.stringValue ?? ""
            let trimmedRule = ruleText.trimmingWhitespace
            let trimmedMessage = message.trimmingWhitespace
            if trimmedRule.isEmpty {
                errors.append(.required(rulePath.child("rule"), "rule is not specified"))
            } else if !message.isEmpty && trimmedMessage.isEmpty {
                errors.append(.invalid(rulePath.child("message"), .string(message), "message must be non-empty if specified"))
            } else if trimmedMessage.containsLineBreak {
                errors.append(.invalid(rulePath.child("message"), .string(message), "message must not contain line breaks"))
            } else if trimmedRule.containsLineBreak && trimmedMessage.isEmpty {
                errors.append(.required(rulePath.child("message"), "message must be specified if rule contains line breaks"))
            }
            if let expression = members["messageExpression"]?.stringValue, !expression.isEmpty, expression.trimmingWhitespace.isEmpty {
                errors.append(.required(rulePath.child("messageExpression"), "messageExpression must be non-empty if specified"))
            }
            if let reason = members["reason"]?.stringValue, !validationReasons.contains(reason) {
                errors.append(.notSupported(rulePath.child("reason"), .string(reason), validationReasons))
            }
            if let fieldPath = members["fieldPath"]?.stringValue, !fieldPath.isEmpty {
                if fieldPath.trimmingWhitespace.isEmpty {
                    errors.append(.invalid(rulePath.child("fieldPath"), .string(fieldPath), "fieldPath must be non-empty if specified"))
                }
                if fieldPath.containsLineBreak {
                    errors.append(.invalid(rulePath.child("fieldPath"), .string(fieldPath), "fieldPath must not contain line breaks"))
                }
            }
        }
    }
}

extension String {
    /// Go's `strings.TrimSpace`.
    fileprivate var trimmingWhitespace: Substring {
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return self[first ... last]
    }
}

extension StringProtocol {
    /// CEL's line breaks, `[\n\r]`.
    fileprivate var containsLineBreak: Bool { contains { $0 == "\n" || $0 == "\r" || $0 == "\r\n" } }
}
