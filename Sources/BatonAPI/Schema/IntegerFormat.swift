/// The OpenAPI `format` of an integer: the width of the field that holds it, as Kubernetes
/// types declare it (`int32` for counts and replicas, `int64` for generations).
public enum IntegerFormat: String, Sendable, Hashable {
    case int32
    case int64
}
