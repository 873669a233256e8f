import KubeCore

/// One problem with one field, shaped like apimachinery's `field.Error`
/// (k8s.io/apimachinery/pkg/util/validation/field): `reason` is the cause reason kube-apiserver
/// puts in a 422 Status (`FieldValueRequired`), `detail` the text after the field path
/// (`Required value`, `Invalid value: "x": must be …`).
struct FieldError: Error, Hashable, Sendable {
    enum Reason: String, Sendable {
        case required = "FieldValueRequired"
        case invalid = "FieldValueInvalid"
        case notSupported = "FieldValueNotSupported"
        case duplicate = "FieldValueDuplicate"
        case forbidden = "FieldValueForbidden"
        case tooLong = "FieldValueTooLong"
        case tooMany = "FieldValueTooMany"
        case typeInvalid = "FieldValueTypeInvalid"
        case notFound = "FieldValueNotFound"
    }

    var reason: Reason
    /// The field path as kube-apiserver prints it: `spec.template.spec.containers[0].image`,
    /// `metadata.labels[app]`.
    var field: String
    var detail: String

    var cause: StatusCause { StatusCause(reason: reason.rawValue, message: detail, field: field) }
}
