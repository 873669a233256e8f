import KubeCore

/// What a watcher receives, in order.
enum WatchItem: Sendable {
    case event(StoreEvent.Kind, JSONValue)
    /// A BOOKMARK: everything up to `revision` has been delivered. `initialEventsEnd` marks the
    /// end of a watch-list's initial state (`k8s.io/initial-events-end`).
    case bookmark(revision: UInt64, initialEventsEnd: Bool)
}
