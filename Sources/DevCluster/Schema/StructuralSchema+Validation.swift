import KubeCore

extension StructuralSchema {
    /// Validates a custom object (after defaulting) as kube-apiserver does on create and update:
    /// the OpenAPI schema, then the TypeMeta of embedded resources, then the uniqueness of
    /// `set` and `map` lists (the order of apiextensions' customResourceStrategy.Validate).
    /// `x-kubernetes-validations` rules are not evaluated. The root's `metadata` is validated
    /// against the schema's restrictions only; the rest of it is the server's business.
    func validate(_ object: JSONValue) -> [FieldError] {
        SchemaValueValidator(base: .root).validate(object, against: self)
            + EmbeddedResourceValidator.validate(object, self, at: .root)
            + ListTypeValidator.validate(object, self, at: .root)
    }
}
