/// Query parameters of a LIST (and of DELETE on a collection). A nil field is not sent and the
/// server's default applies.
public struct ListOptions: Sendable, Equatable {
    /// A label selector in Kubernetes syntax, e.g. `app in (a,b),tier!=db`.
    public var labelSelector: String?
    /// A field selector, e.g. `metadata.name=web,status.phase!=Running`.
    public var fieldSelector: String?
    /// Page size. The server may return fewer, and then `continue` to fetch the rest.
    public var limit: Int?
    /// The `continue` token of the previous page.
    public var continueToken: String?
    /// `""`/nil: the latest data (a quorum read). `"0"`: any cached data.
    public var resourceVersion: String?
    public var resourceVersionMatch: ResourceVersionMatch?
    /// A server-side bound on how long the call may take.
    public var timeoutSeconds: Int?

    public init(
        labelSelector: String? = nil, fieldSelector: String? = nil, limit: Int? = nil,
        continueToken: String? = nil, resourceVersion: String? = nil,
        resourceVersionMatch: ResourceVersionMatch? = nil, timeoutSeconds: Int? = nil
    ) {
        self.labelSelector = labelSelector
        self.fieldSelector = fieldSelector
        self.limit = limit
        self.continueToken = continueToken
        self.resourceVersion = resourceVersion
        self.resourceVersionMatch = resourceVersionMatch
        self.timeoutSeconds = timeoutSeconds
    }

    func addQuery(to path: inout APIPath) {
        if let labelSelector { path.addQuery("labelSelector", labelSelector) }
        if let fieldSelector { path.addQuery("fieldSelector", fieldSelector) }
        if let limit { path.addQuery("limit", String(limit)) }
        if let continueToken { path.addQuery("continue", continueToken) }
        if let resourceVersion { path.addQuery("resourceVersion", resourceVersion) }
        if let resourceVersionMatch { path.addQuery("resourceVersionMatch", resourceVersionMatch.rawValue) }
        if let timeoutSeconds { path.addQuery("timeoutSeconds", String(timeoutSeconds)) }
    }
}
