import KubeCore

/// Unknown fields and defaults from the resource's structural schema (a CRD's, or a built-in's
/// OpenAPI schema): unknown fields are
/// dropped (and refused under `fieldValidation=Strict`, warned about under Warn), then
/// defaults are applied, as kube-apiserver decodes custom resources. A built-in's quantities
/// come out in canonical form, as its Go types write them.
enum SchemaRules {
    static func normalize(_ object: inout JSONValue, _ type: ResourceType, _ options: WriteOptions) throws(APIError) -> [String] {
        guard let schema = type.structuralSchema else { return [] }
        let unknown = schema.prune(&object)
        var warnings: [String] = []
        if !unknown.isEmpty {
            let problems = unknown.map { "unknown field \"\($0)\"" }
            switch options.fieldValidation {
            case .strict:
                throw .badRequest(
                    "\(type.kind) in version \"\(type.version)\" cannot be handled as a \(type.kind): strict decoding error: \(problems.joined(separator: ", "))")
            case .warn:
                warnings = problems
            case .ignore:
                break
            }
        }
        schema.applyDefaults(to: &object)
        if !type.isCustom, !schema.canonicalizeQuantities(in: &object) {
            throw .badRequest(
                "\(type.kind) in version \"\(type.version)\" cannot be handled as a \(type.kind): quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'")
        }
        return warnings
    }
}
