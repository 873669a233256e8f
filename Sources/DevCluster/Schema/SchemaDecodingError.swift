/// The members of a schema that have the wrong JSON type (`maxLength: "ten"`), one error each.
/// kube-apiserver refuses such a CRD when decoding it; here they are field errors so that the
/// CRD validator reports them with the rest.
struct SchemaDecodingError: Error, Sendable {
    var errors: [FieldError]
}
