import KubeCore

/// The constructors of apimachinery's `field` package (`Required`, `Invalid`, `NotSupported`,
/// …), producing the detail text that `field.Error.ErrorBody` would: the type's phrase, the bad
/// value when the type shows one, then `: detail`. Wording from
/// k8s.io/apimachinery/pkg/util/validation/field/errors.go (Kubernetes 1.33+, where `TooLong`
/// says "may not be more than N bytes").
extension FieldError {
    static func required(_ path: FieldPath, _ detail: String = "") -> FieldError {
        FieldError(reason: .required, field: path.description, detail: body("Required value", detail))
    }

    static func forbidden(_ path: FieldPath, _ detail: String) -> FieldError {
        FieldError(reason: .forbidden, field: path.description, detail: body("Forbidden", detail))
    }

    static func invalid(_ path: FieldPath, _ value: JSONValue, _ detail: String) -> FieldError {
        invalid(path, renderedValue: GoValueFormat.errorValue(value), detail)
    }

    /// `Invalid` with a value that is not JSON data (a Go struct kube-apiserver prints itself).
    static func invalid(_ path: FieldPath, renderedValue: String, _ detail: String) -> FieldError {
        FieldError(reason: .invalid, field: path.description, detail: body("Invalid value: " + renderedValue, detail))
    }

    /// `TypeInvalid`: reads "Invalid value" like `Invalid`, but with its own cause reason.
    static func typeInvalid(_ path: FieldPath, _ value: JSONValue, _ detail: String) -> FieldError {
        FieldError(
            reason: .typeInvalid, field: path.description,
            detail: body("Invalid value: " + GoValueFormat.errorValue(value), detail))
    }

    static func notSupported(_ path: FieldPath, _ value: JSONValue, _ supported: [String]) -> FieldError {
        let detail = supported.isEmpty ? "" : "supported values: " + supported.map(GoValueFormat.quote).joined(separator: ", ")
        return FieldError(
            reason: .notSupported, field: path.description,
            detail: body("Unsupported value: " + GoValueFormat.errorValue(value), detail))
    }

    static func duplicate(_ path: FieldPath, _ value: JSONValue) -> FieldError {
        FieldError(reason: .duplicate, field: path.description, detail: "Duplicate value: " + GoValueFormat.errorValue(value))
    }

    static func tooLong(_ path: FieldPath, maxLength: Int64) -> FieldError {
        FieldError(
            reason: .tooLong, field: path.description,
            detail: "Too long: may not be more than \(maxLength) \(maxLength == 1 ? "byte" : "bytes")")
    }

    static func tooMany(_ path: FieldPath, actual: Int64, max: Int64) -> FieldError {
        FieldError(
            reason: .tooMany, field: path.description,
            detail: "Too many: \(actual): must have at most \(max) \(max == 1 ? "item" : "items")")
    }

    private static func body(_ head: String, _ detail: String) -> String {
        detail.isEmpty ? head : head + ": " + detail
    }
}
