/// Query parameters of a WATCH. A nil field is not sent and the server's default applies.
public struct WatchOptions: Sendable, Equatable {
    public var labelSelector: String?
    public var fieldSelector: String?
    /// Start after this version (typically a list's `metadata.resourceVersion` or the last event
    /// seen). nil: start from the latest, with synthetic ADDED events for existing objects.
    public var resourceVersion: String?
    public var resourceVersionMatch: ResourceVersionMatch?
    /// Ask for BOOKMARK events, which advance the resume point without an object change.
    /// Default: false (the server's default).
    public var allowWatchBookmarks: Bool = false
    /// The server ends the watch after this long; a client then re-watches from the last version.
    public var timeoutSeconds: Int?
    /// Streaming list: existing objects arrive as ADDED events, followed by a BOOKMARK annotated
    /// `k8s.io/initial-events-end`. The server requires `resourceVersionMatch: .notOlderThan`
    /// and `allowWatchBookmarks: true` with it.
    public var sendInitialEvents: Bool?

    public init(
        labelSelector: String? = nil, fieldSelector: String? = nil, resourceVersion: String? = nil,
        resourceVersionMatch: ResourceVersionMatch? = nil, allowWatchBookmarks: Bool = false,
        timeoutSeconds: Int? = nil, sendInitialEvents: Bool? = nil
    ) {
        self.labelSelector = labelSelector
        self.fieldSelector = fieldSelector
        self.resourceVersion = resourceVersion
        self.resourceVersionMatch = resourceVersionMatch
        self.allowWatchBookmarks = allowWatchBookmarks
        self.timeoutSeconds = timeoutSeconds
        self.sendInitialEvents = sendInitialEvents
    }

    func addQuery(to path: inout APIPath) {
        path.addQuery("watch", "true")
        if let labelSelector { path.addQuery("labelSelector", labelSelector) }
        if let fieldSelector { path.addQuery("fieldSelector", fieldSelector) }
        if let resourceVersion { path.addQuery("resourceVersion", resourceVersion) }
        if let resourceVersionMatch { path.addQuery("resourceVersionMatch", resourceVersionMatch.rawValue) }
        if allowWatchBookmarks { path.addQuery("allowWatchBookmarks", "true") }
        if let timeoutSeconds { path.addQuery("timeoutSeconds", String(timeoutSeconds)) }
        if let sendInitialEvents { path.addQuery("sendInitialEvents", String(sendInitialEvents)) }
    }
}
