/// The kind of write that gave a manager its fields.
enum ManagedFieldsOperation: String, Sendable, Hashable {
    /// A server-side apply.
    case apply = "Apply"
    /// A create, update or non-apply patch.
    case update = "Update"
}
