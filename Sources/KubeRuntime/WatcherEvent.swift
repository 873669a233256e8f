import KubeCore

/// What a `Watcher` reports (kube-rs's `watcher::Event`). A consumer keeping a cache buffers
/// the objects between `initStarted` and `initDone` and then replaces its whole contents with
/// them, which also drops the objects deleted while no watch was open; `applied` and `deleted`
/// change one object at a time.
public enum WatcherEvent: Sendable, Hashable {
    /// A full list begins (the first, or a relist after the watch's version expired). Anything
    /// buffered from an earlier, unfinished list is void.
    case initStarted
    /// An object of the list in progress.
    case initApplied(JSONValue)
    /// The list is complete: its objects are the whole collection.
    case initDone
    /// An object was added or changed.
    case applied(JSONValue)
    /// An object was deleted; this is its last state.
    case deleted(JSONValue)
    /// The API server does not serve the resource (404: an optional kind whose CRD is not
    /// installed, or was removed): the collection is empty until it is served.
    case notServed
}
