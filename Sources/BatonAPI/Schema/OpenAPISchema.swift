import KubeCore

/// One node of a CustomResourceDefinition's OpenAPI v3 schema, written beside the Swift type it
/// describes so that the CRD and the `Codable` type cannot drift apart unnoticed.
///
/// Every factory sets a `type` (or `x-kubernetes-int-or-string` for quantities), so whatever is
/// built from them is a structural schema, which `apiextensions.k8s.io/v1` requires: the API
/// server prunes, defaults and validates with it. Every factory also takes a description, the
/// text `kubectl explain` shows.
public struct OpenAPISchema: Sendable, Hashable {
    /// The schema as the CRD carries it, keys in the order they were added.
    public internal(set) var json: JSONValue

    private init(_ description: String, type: String?) {
        json = ["description": .string(description)]
        if let type { json["type"] = .string(type) }
    }

    /// An object with named fields. `required` names fields that must be present; the rest are
    /// optional. `properties` keep their order here; the CRD lists them sorted, as kubectl does.
    public static func object(
        _ description: String, required: [String] = [], properties: KeyValuePairs<String, OpenAPISchema>
    ) -> OpenAPISchema {
        var schema = OpenAPISchema(description, type: "object")
        if !required.isEmpty { schema.json["required"] = .array(required.map(JSONValue.string)) }
        if !properties.isEmpty {
            var members: JSONValue = [:]
            for (name, property) in properties { members[name] = property.json }
            schema.json["properties"] = members
        }
        return schema
    }

    /// An object whose keys are free (labels, resource lists, metric values), all with one
    /// schema for their values.
    public static func map(_ description: String, values: OpenAPISchema) -> OpenAPISchema {
        var schema = OpenAPISchema(description, type: "object")
        schema.json["additionalProperties"] = values.json
        return schema
    }

    /// A list. `listType` tells server-side apply how to merge it (see `ListType`).
    public static func array(
        _ description: String, of items: OpenAPISchema, listType: ListType = .atomic,
        minItems: Int? = nil, maxItems: Int? = nil
    ) -> OpenAPISchema {
        var schema = OpenAPISchema(description, type: "array")
        schema.json["items"] = items.json
        schema.json["minItems"] = minItems.map { .integer(Int64($0)) }
        schema.json["maxItems"] = maxItems.map { .integer(Int64($0)) }
        schema.json["x-kubernetes-list-type"] = .string(listType.name)
        if case let .map(keys) = listType {
            schema.json["x-kubernetes-list-map-keys"] = .array(keys.map(JSONValue.string))
        }
        return schema
    }

    /// A string, optionally restricted to a set of values, an RE2 `pattern`, a `format` the API
    /// server checks (`date-time`, `uri`), or a length.
    public static func string(
        _ description: String, enum values: [String]? = nil, pattern: String? = nil, format: String? = nil,
        minLength: Int? = nil, maxLength: Int? = nil
    ) -> OpenAPISchema {
        var schema = OpenAPISchema(description, type: "string")
        schema.json["format"] = format.map(JSONValue.string)
        schema.json["enum"] = values.map { .array($0.map(JSONValue.string)) }
        schema.json["pattern"] = pattern.map(JSONValue.string)
        schema.json["minLength"] = minLength.map { .integer(Int64($0)) }
        schema.json["maxLength"] = maxLength.map { .integer(Int64($0)) }
        return schema
    }

    /// A string holding one of the cases of a Swift enum: the schema's values are the enum's,
    /// so adding a case updates the CRD.
    public static func string<Value: CaseIterable & RawRepresentable<String>>(
        _ description: String, enum type: Value.Type
    ) -> OpenAPISchema {
        string(description, enum: type.allCases.map(\.rawValue))
    }

    /// An RFC 3339 timestamp (`metav1.Time`).
    public static func dateTime(_ description: String) -> OpenAPISchema {
        string(description, format: "date-time")
    }

    /// An integer; `format` says how wide the Swift field holding it is.
    public static func integer(
        _ description: String, format: IntegerFormat = .int32, minimum: Int64? = nil, maximum: Int64? = nil
    ) -> OpenAPISchema {
        var schema = OpenAPISchema(description, type: "integer")
        schema.json["format"] = .string(format.rawValue)
        schema.json["minimum"] = minimum.map(JSONValue.integer)
        schema.json["maximum"] = maximum.map(JSONValue.integer)
        return schema
    }

    /// A floating-point number. API conventions keep floats out of `spec`; status reports
    /// measured values with them.
    public static func number(_ description: String) -> OpenAPISchema {
        OpenAPISchema(description, type: "number")
    }

    public static func boolean(_ description: String) -> OpenAPISchema {
        OpenAPISchema(description, type: "boolean")
    }

    /// A Kubernetes quantity (`500m`, `2Gi`, `1`), written the way controller-gen writes
    /// `resource.Quantity`: an integer or a string, with the grammar as a pattern.
    public static func quantity(_ description: String) -> OpenAPISchema {
        var schema = OpenAPISchema(description, type: nil)
        schema.json["anyOf"] = [["type": "integer"], ["type": "string"]]
        schema.json["pattern"] = .string(Quantity.pattern)
        schema.json["x-kubernetes-int-or-string"] = true
        return schema
    }
}
