/// The body of every Kubernetes API error, and of some successful deletes (`metav1.Status`):
///
///     {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure",
///      "message":"pods \"web\" not found","reason":"NotFound",
///      "details":{"name":"web","kind":"pods"},"code":404}
public struct Status: Codable, Sendable, Hashable {
    /// "Status".
    public var kind: String?
    /// "v1".
    public var apiVersion: String?
    public var metadata: ListMeta?
    /// "Success" or "Failure".
    public var status: String?
    public var message: String?
    public var reason: StatusReason?
    public var details: StatusDetails?
    /// The HTTP status code.
    public var code: Int32?

    public static let success = "Success"
    public static let failure = "Failure"

    public init(
        status: String, message: String? = nil, reason: StatusReason? = nil,
        details: StatusDetails? = nil, code: Int32? = nil
    ) {
        self.kind = "Status"
        self.apiVersion = "v1"
        self.metadata = ListMeta()
        self.status = status
        self.message = message
        self.reason = reason
        self.details = details
        self.code = code
    }

    public var isFailure: Bool { status == Self.failure }
}
