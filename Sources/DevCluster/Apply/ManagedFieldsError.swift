/// Why `metadata.managedFields` (or a `FieldsV1` inside it) could not be read.
struct ManagedFieldsError: Error, Equatable, Sendable, CustomStringConvertible {
    var message: String

    init(_ message: String) {
        self.message = message
    }

    var description: String { message }
}
