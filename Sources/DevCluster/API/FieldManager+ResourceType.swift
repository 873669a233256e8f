extension FieldManager {
    /// The field manager of a resource: its schema's list semantics, and the fields each
    /// endpoint resets (with a status subresource, the main endpoint does not own status and
    /// `/status` does not own spec), so ownership follows what each endpoint may change.
    init(_ type: ResourceType) {
        var reset: [String: FieldSet] = [:]
        if type.hasStatus {
            reset[""] = FieldSet([[.field("status")]])
            reset["status"] = FieldSet([[.field("spec")], [.field("metadata")]])
        }
        self.init(schema: type.schema, resetFields: reset)
    }
}
