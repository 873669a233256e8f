/// One problem behind a failed request, most often a field that failed validation
/// (`metav1.StatusCause`).
public struct StatusCause: Codable, Sendable, Hashable {
    /// The cause type, sent as `reason`: `FieldValueInvalid`, `FieldValueRequired`,
    /// `FieldValueNotSupported`, `FieldValueDuplicate`, `FieldValueTooLong`, `FieldValueForbidden`,
    /// `FieldManagerConflict`, …
    public var reason: String?
    public var message: String?
    /// The field path, such as `spec.template.spec.containers[0].image`.
    public var field: String?

    public init(reason: String? = nil, message: String? = nil, field: String? = nil) {
        self.reason = reason
        self.message = message
        self.field = field
    }
}
