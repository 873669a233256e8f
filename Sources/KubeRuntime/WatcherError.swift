/// Problems the watcher finds in what the server sent, reported like any failed call: logged,
/// then retried after a backoff.
enum WatcherError: Error, CustomStringConvertible {
    /// The last page of a list carried no `metadata.resourceVersion`, so no watch can follow it.
    case listWithoutResourceVersion
    /// The watch ended within a second without a single event: something between us and the
    /// API server closes it at once, and re-watching at once would spin (client-go's "very
    /// short watch").
    case watchClosedEarly

    var description: String {
        switch self {
        case .listWithoutResourceVersion: "the list response has no metadata.resourceVersion to watch from"
        case .watchClosedEarly: "the watch was closed within a second, before any event"
        }
    }
}
