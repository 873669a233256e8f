/// One change seen by a watch. `Object` is `JSONValue` for the dynamic client and the
/// resource's own type for the typed one.
///
/// The protocol's fifth type, ERROR, is not an event here: the stream throws it as a
/// `KubeAPIError` carrying the server's Status (410 `gone` when the requested resourceVersion
/// has been compacted, the signal to list again). The API server ends a watch after an ERROR,
/// and throwing means no consumer can mistake that end for a normal timeout and resume from a
/// version that no longer exists.
public enum WatchEvent<Object: Sendable>: Sendable {
    case added(Object)
    case modified(Object)
    case deleted(Object)
    case bookmark(WatchBookmark)

    /// The object of an ADDED, MODIFIED or DELETED event.
    public var object: Object? {
        switch self {
        case let .added(object), let .modified(object), let .deleted(object): return object
        case .bookmark: return nil
        }
    }
}

extension WatchEvent: Equatable where Object: Equatable {}
