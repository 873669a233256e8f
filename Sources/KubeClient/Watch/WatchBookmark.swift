/// A BOOKMARK watch event: no object changed, but the watch has seen everything up to
/// `resourceVersion`, so a resumed watch may start there.
public struct WatchBookmark: Sendable, Equatable {
    public var resourceVersion: String
    public var annotations: [String: String]

    public init(resourceVersion: String, annotations: [String: String] = [:]) {
        self.resourceVersion = resourceVersion
        self.annotations = annotations
    }

    /// The bookmark that closes the initial events of a `sendInitialEvents` watch: the cache
    /// built from them is now complete.
    public var isInitialEventsEnd: Bool {
        annotations["k8s.io/initial-events-end"] == "true"
    }
}
