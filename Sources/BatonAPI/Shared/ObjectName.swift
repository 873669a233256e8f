/// The name rules an object of another kind in the same namespace must follow, for the
/// schemas of the fields that name one.
enum ObjectName {
    /// A DNS subdomain (RFC 1123), as names of most kinds are: lower-case alphanumerics, `-`
    /// and `.`, at most 253 characters.
    static func schema(_ description: String) -> OpenAPISchema {
        .string(description, pattern: "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", minLength: 1, maxLength: 253)
    }
}
