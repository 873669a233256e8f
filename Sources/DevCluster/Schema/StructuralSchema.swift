import KubeCore

/// One node of a CRD version's `openAPIV3Schema`, parsed once so that validating, defaulting
/// and pruning an object only walk ready-made nodes (patterns compiled, formats resolved).
///
/// It mirrors apiextensions-apiserver's `JSONSchemaProps` as the API server uses it for custom
/// resources: the structural part (`type`, `properties`, `items`, `additionalProperties`), the
/// value validations, the `x-kubernetes-*` extensions, and the logical junctors `allOf`,
/// `anyOf`, `oneOf`, `not`, which here only validate values. `x-kubernetes-validations` (CEL)
/// rules are kept but not evaluated. `raw` keeps the node's JSON for readers of other keys.
final class StructuralSchema: Sendable {
    enum AdditionalProperties: Sendable {
        /// `additionalProperties: true` or `false`.
        case allowed(Bool)
        case schema(StructuralSchema)
    }

    let raw: JSONValue

    let type: String?
    let format: String?
    let description: String?
    let nullable: Bool
    /// `nil` when absent or `null` (a JSON null default means none, as in Go).
    let defaultValue: JSONValue?

    /// In the order the schema lists them; `properties` is for lookup.
    let propertyNames: [String]
    let properties: [String: StructuralSchema]
    let required: [String]
    let items: StructuralSchema?
    let additionalProperties: AdditionalProperties?

    let enumValues: [JSONValue]?
    let maximum: Double?
    let exclusiveMaximum: Bool
    let minimum: Double?
    let exclusiveMinimum: Bool
    let multipleOf: Double?
    let maxLength: Int64?
    let minLength: Int64?
    let pattern: SchemaPattern?
    let maxItems: Int64?
    let minItems: Int64?
    let uniqueItems: Bool
    let maxProperties: Int64?
    let minProperties: Int64?

    let allOf: [StructuralSchema]
    let anyOf: [StructuralSchema]
    let oneOf: [StructuralSchema]
    let not: StructuralSchema?

    let intOrString: Bool
    /// Kept as written: `false` is not the same as absent, it is a CRD error.
    let preserveUnknownFields: Bool?
    let embeddedResource: Bool
    let listType: String?
    let listMapKeys: [String]
    let mapType: String?
    /// The `x-kubernetes-validations` rules, unevaluated.
    let validationRules: [JSONValue]

    /// The JSON types a value may have: `integer,string` for int-or-string, as kube-apiserver
    /// rewrites such a schema before validating.
    let allowedTypes: [String]
    /// The format that validation uses, after dropping the ones the API server ignores.
    let effectiveFormat: String?
    /// Whether this node or one below it (through properties, items or additionalProperties)
    /// is a `set` or `map` list, or an embedded resource: the walks that check those skip
    /// subtrees without any.
    let containsListSetsOrMaps: Bool
    let containsEmbeddedResources: Bool
    /// A built-in kind's `resource.Quantity` (`format: quantity` on an int-or-string in
    /// BuiltinSchemas.yaml), which the API server stores in canonical form; and whether one is here
    /// or below.
    let isQuantity: Bool
    let containsQuantities: Bool

    var preservesUnknownFields: Bool { preserveUnknownFields == true }

    /// Parses a schema, reporting every member of the wrong JSON type under `path`; the schema
    /// is only built when there is none.
    convenience init(_ json: JSONValue, path: FieldPath = FieldPath("openAPIV3Schema")) throws(SchemaDecodingError) {
        var decoder = SchemaDecoder()
        self.init(json, path: path, decoder: &decoder)
        if !decoder.errors.isEmpty { throw SchemaDecodingError(errors: decoder.errors) }
    }

    private init(_ json: JSONValue, path: FieldPath, decoder: inout SchemaDecoder) {
        let node = decoder.object(json, at: path)
        func child(_ value: JSONValue, _ childPath: FieldPath) -> StructuralSchema {
            StructuralSchema(value, path: childPath, decoder: &decoder)
        }
        func children(_ key: String) -> [StructuralSchema] {
            decoder.array(node, key, at: path).enumerated().map { child($0.element, path.child(key).index($0.offset)) }
        }

        raw = json
        type = decoder.string(node, "type", at: path)
        format = decoder.string(node, "format", at: path)
        description = decoder.string(node, "description", at: path)
        nullable = decoder.bool(node, "nullable", at: path) ?? false
        defaultValue = node["default"].nonNull

        var names: [String] = []
        var properties: [String: StructuralSchema] = [:]
        for (name, value) in decoder.members(node, "properties", at: path) {
            names.append(name)
            properties[name] = child(value, path.child("properties").key(name))
        }
        propertyNames = names
        self.properties = properties
        required = decoder.strings(node, "required", at: path)
        switch node["items"] {
        case nil, .null?: items = nil
        // A list of schemas is kept aside: the CRD check forbids it, and validation ignores it.
        case .array?: items = nil
        case let value?: items = child(value, path.child("items"))
        }
        switch node["additionalProperties"] {
        case nil, .null?: additionalProperties = nil
        case let .bool(flag)?: additionalProperties = .allowed(flag)
        case let value?: additionalProperties = .schema(child(value, path.child("additionalProperties")))
        }

        enumValues = node["enum"] == nil ? nil : decoder.array(node, "enum", at: path)
        maximum = decoder.number(node, "maximum", at: path)
        exclusiveMaximum = decoder.bool(node, "exclusiveMaximum", at: path) ?? false
        minimum = decoder.number(node, "minimum", at: path)
        exclusiveMinimum = decoder.bool(node, "exclusiveMinimum", at: path) ?? false
        multipleOf = decoder.number(node, "multipleOf", at: path)
        maxLength = decoder.integer(node, "maxLength", at: path)
        minLength = decoder.integer(node, "minLength", at: path)
        pattern = decoder.string(node, "pattern", at: path).flatMap { $0.isEmpty ? nil : SchemaPattern($0) }
        maxItems = decoder.integer(node, "maxItems", at: path)
        minItems = decoder.integer(node, "minItems", at: path)
        uniqueItems = decoder.bool(node, "uniqueItems", at: path) ?? false
        maxProperties = decoder.integer(node, "maxProperties", at: path)
        minProperties = decoder.integer(node, "minProperties", at: path)

        allOf = children("allOf")
        anyOf = children("anyOf")
        oneOf = children("oneOf")
        switch node["not"] {
        case nil, .null?: not = nil
        case let value?: not = child(value, path.child("not"))
        }

        intOrString = decoder.bool(node, "x-kubernetes-int-or-string", at: path) ?? false
        preserveUnknownFields = decoder.bool(node, "x-kubernetes-preserve-unknown-fields", at: path)
        embeddedResource = decoder.bool(node, "x-kubernetes-embedded-resource", at: path) ?? false
        listType = decoder.string(node, "x-kubernetes-list-type", at: path)
        listMapKeys = decoder.strings(node, "x-kubernetes-list-map-keys", at: path)
        mapType = decoder.string(node, "x-kubernetes-map-type", at: path)
        validationRules = decoder.array(node, "x-kubernetes-validations", at: path)

        if intOrString {
            allowedTypes = ["integer", "string"]
        } else if let type, !type.isEmpty {
            allowedTypes = [type]
        } else {
            allowedTypes = []
        }
        effectiveFormat = SchemaFormat.effective(format: format, type: intOrString ? nil : type)

        var structuralChildren = Array(properties.values)
        if let items { structuralChildren.append(items) }
        if case let .schema(additional)? = additionalProperties { structuralChildren.append(additional) }
        containsListSetsOrMaps =
            listType == "set" || listType == "map" || structuralChildren.contains { $0.containsListSetsOrMaps }
        containsEmbeddedResources = embeddedResource || structuralChildren.contains { $0.containsEmbeddedResources }
        isQuantity = intOrString && format == "quantity"
        containsQuantities = isQuantity || structuralChildren.contains { $0.containsQuantities }
    }

    /// The schema of member `name` of an object: its property, else `additionalProperties`.
    func schema(forMember name: String) -> StructuralSchema? {
        if let property = properties[name] { return property }
        if case let .schema(schema)? = additionalProperties { return schema }
        return nil
    }
}
