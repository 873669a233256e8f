/// What the API server does with unknown or duplicate fields in a write (`fieldValidation`).
public enum FieldValidation: String, Sendable {
    /// Drop them silently.
    case ignore = "Ignore"
    /// Accept the write and return a `Warning` header per field (the server's default).
    case warn = "Warn"
    /// Reject the write with 422 Invalid.
    case strict = "Strict"
}
