/// What a `Status` is about (`metav1.StatusDetails`).
public struct StatusDetails: Codable, Sendable, Hashable {
    public var name: String?
    public var group: String?
    /// The kind, or for many errors the resource ("pods").
    public var kind: String?
    public var uid: String?
    public var causes: [StatusCause]?
    /// How long to wait before retrying, for 429 and some 5xx responses.
    public var retryAfterSeconds: Int32?

    public init(
        name: String? = nil, group: String? = nil, kind: String? = nil, uid: String? = nil,
        causes: [StatusCause]? = nil, retryAfterSeconds: Int32? = nil
    ) {
        self.name = name
        self.group = group
        self.kind = kind
        self.uid = uid
        self.causes = causes
        self.retryAfterSeconds = retryAfterSeconds
    }
}
