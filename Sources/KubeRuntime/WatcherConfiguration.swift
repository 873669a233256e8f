/// What a `Watcher` selects and how it paces itself. Each default is given beside its field.
public struct WatcherConfiguration: Sendable {
    /// Only objects matching this label selector (`app=web,tier!=db`); nil: all.
    public var labelSelector: String?
    /// Only objects matching this field selector (`metadata.name=web`); nil: all.
    public var fieldSelector: String?
    /// Objects per LIST page. Default 500, client-go's: large collections arrive in pieces the
    /// API server can serve from its watch cache without building one huge response.
    public var pageSize: Int
    /// Each watch asks the server to end it after a random number of seconds in this range, so
    /// that many watchers started together do not all reconnect together. Default 300...600
    /// (client-go's 5 to 10 minutes).
    public var watchTimeoutSeconds: ClosedRange<Int>
    /// The delay before retrying a failed list or watch. Default `Backoff.watcher`.
    public var backoff: Backoff
    /// For an optional kind: how often to look again for a resource the server does not serve
    /// (404), which is then an empty collection rather than a failure. Nil (the default): the
    /// kind is required, and a 404 is a failure like any other.
    public var notServedRecheck: Duration?

    public init(
        labelSelector: String? = nil, fieldSelector: String? = nil, pageSize: Int = 500,
        watchTimeoutSeconds: ClosedRange<Int> = 300...600, backoff: Backoff = .watcher, notServedRecheck: Duration? = nil
    ) {
        self.notServedRecheck = notServedRecheck
        self.labelSelector = labelSelector
        self.fieldSelector = fieldSelector
        self.pageSize = pageSize
        self.watchTimeoutSeconds = watchTimeoutSeconds
        self.backoff = backoff
    }
}
