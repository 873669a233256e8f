import KubeCore

/// A node of an OpenAPI v3 schema (inline, without `$ref`), walked alongside the patch the way
/// apimachinery's `LookupPatchMeta` walks a type: `properties` for named fields,
/// `additionalProperties` for the values of a map, `items` for the elements of a list.
///
/// Where the schema is missing or has no node for a field, the field has no metadata: its maps
/// merge and its lists are replaced, as JSON merge patch does.
struct PatchSchema: Sendable {
    private let node: JSONValue?

    init(_ node: JSONValue?) {
        self.node = node
    }

    /// The schema and metadata of the map-valued field `name` (`LookupPatchMetadataForStruct`).
    func field(_ name: String) throws(StrategicMergePatchError) -> (schema: PatchSchema, metadata: PatchMetadata) {
        let field = fieldNode(name)
        return (PatchSchema(field), try PatchMetadata(field: field))
    }

    /// The schema of the elements and the metadata of the list-valued field `name`
    /// (`LookupPatchMetadataForSlice`).
    func listField(_ name: String) throws(StrategicMergePatchError) -> (
        elements: PatchSchema, metadata: PatchMetadata
    ) {
        let field = fieldNode(name)
        return (PatchSchema(field?["items"]), try PatchMetadata(field: field))
    }

    private func fieldNode(_ name: String) -> JSONValue? {
        if let property = node?["properties"]?[name] {
            return property
        }
        // `additionalProperties` may also be a boolean, which describes nothing.
        if let values = node?["additionalProperties"], case .object = values {
            return values
        }
        return nil
    }
}
