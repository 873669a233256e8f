import KubeCore

/// The `field` constructors for paths written out as text (`spec.ports[0].port`), for the
/// built-in kinds' validation; the wording lives in `FieldError+Apimachinery`.
extension FieldError {
    static func required(_ field: String, _ detail: String = "") -> FieldError {
        required(FieldPath(field), detail)
    }

    static func invalid(_ field: String, _ value: JSONValue, _ detail: String) -> FieldError {
        invalid(FieldPath(field), value, detail)
    }

    static func forbidden(_ field: String, _ detail: String) -> FieldError {
        forbidden(FieldPath(field), detail)
    }

    static func notSupported(_ field: String, _ value: JSONValue, _ supported: [String]) -> FieldError {
        notSupported(FieldPath(field), value, supported)
    }
}
