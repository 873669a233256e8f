import KubeCore

/// Refinements of a schema built by one of the factories, chained after it.
extension OpenAPISchema {
    /// The same schema with the description of the field that uses it: a shared type (a
    /// reference, a container) means something specific where it is used.
    public func withDescription(_ description: String) -> OpenAPISchema {
        var schema = self
        schema.json["description"] = .string(description)
        return schema
    }

    /// The value the API server writes when the field is absent. Pass the same constant the
    /// Swift type decodes an absent field to, so that both agree.
    public func defaulted(_ value: JSONValue) -> OpenAPISchema {
        var schema = self
        schema.json["default"] = value
        return schema
    }

    public func defaulted(_ value: some BinaryInteger) -> OpenAPISchema {
        defaulted(.integer(Int64(value)))
    }

    public func defaulted(_ value: some RawRepresentable<String>) -> OpenAPISchema {
        defaulted(.string(value.rawValue))
    }

    /// A union of optional fields of which exactly one must be set (as `volumes` or
    /// `valueFrom` are in Kubernetes). `oneOf` over `required` is checked by every API server,
    /// unlike a CEL rule.
    public func requiringExactlyOne(of fields: [String]) -> OpenAPISchema {
        var schema = self
        schema.json["oneOf"] = .array(fields.map { ["required": [.string($0)]] })
        return schema
    }

    /// Optional fields of which at least one must be set.
    public func requiringAtLeastOne(of fields: [String]) -> OpenAPISchema {
        var schema = self
        schema.json["anyOf"] = .array(fields.map { ["required": [.string($0)]] })
        return schema
    }

    /// A CEL rule (`x-kubernetes-validations`) for what the OpenAPI vocabulary cannot say,
    /// such as a field that is required only for one value of another; `message` is the error
    /// the API server returns when the rule does not hold.
    public func rule(_ rule: String, message: String) -> OpenAPISchema {
        var schema = self
        var rules = schema.json["x-kubernetes-validations"]?.arrayValue ?? []
        rules.append(["rule": .string(rule), "message": .string(message)])
        schema.json["x-kubernetes-validations"] = .array(rules)
        return schema
    }

    /// This object schema with the properties and required fields of `other` added: for a type
    /// that shares fields with another at the same level (a training spec is a container spec
    /// plus training settings).
    public func including(_ other: OpenAPISchema) -> OpenAPISchema {
        var schema = self
        for (name, property) in other.json["properties"]?.objectValue ?? [:] {
            schema.json["properties"]?[name] = property
        }
        let required = (schema.json["required"]?.arrayValue ?? []) + (other.json["required"]?.arrayValue ?? [])
        if !required.isEmpty { schema.json["required"] = .array(required) }
        return schema
    }
}
