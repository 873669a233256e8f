import KubeClient
import KubeCore

/// Where a `Watcher` stands between the API calls it makes (kube-rs's `watcher::State`), and
/// how the outcome of each call moves it on. Pure: the driver makes the call `request` names,
/// passes its outcome to `step`, reports the events `step` returns, and backs off after a
/// failure; every protocol decision is here, where it is tested without a server.
enum WatcherState: Sendable, Hashable {
    /// Nothing listed, or the last list or watch expired: list from the first page.
    case empty
    /// Listing: fetch the page after `continueToken`.
    case initPage(continueToken: String)
    /// Everything up to `resourceVersion` has been seen (by the list, or by a watch that
    /// ended): watch from there.
    case initListed(resourceVersion: String)
    /// A watch is open and has seen everything up to `resourceVersion`.
    case watching(resourceVersion: String)
    /// The server does not serve the resource (an optional kind): list again, now and then.
    case notServed

    /// The API call to make in a state.
    enum Request: Sendable, Hashable {
        case list(continueToken: String?)
        case watch(resourceVersion: String)
        case nextWatchEvent
    }

    /// What the call of `request` came back with.
    enum Outcome: Sendable {
        case listed(ResourceList<JSONValue>)
        case watchOpened
        case event(WatchEvent<JSONValue>)
        /// The server ended the watch (its `timeoutSeconds`).
        case watchEnded
        /// 404 for the resource itself, on an optional kind.
        case notServed
        case failed(any Error)
    }

    var request: Request {
        switch self {
        case .empty, .notServed: .list(continueToken: nil)
        case let .initPage(continueToken): .list(continueToken: continueToken)
        case let .initListed(resourceVersion): .watch(resourceVersion: resourceVersion)
        case .watching: .nextWatchEvent
        }
    }

    /// The state after `outcome`, and what to report. Throws when the last page of a list has
    /// no resourceVersion (there is nowhere to watch from): the state stays, to be retried.
    func step(_ outcome: Outcome) throws(WatcherError) -> (state: WatcherState, events: [WatcherEvent]) {
        switch (self, outcome) {
        case let (_, .failed(error)) where Self.isExpired(error):
            // The whole 410 policy: the version or continue token is gone, so list everything again.
            return (.empty, [])
        case let (.watching(resourceVersion), .failed), let (.watching(resourceVersion), .watchEnded):
            return (.initListed(resourceVersion: resourceVersion), [])
        case (.notServed, .notServed):
            return (.notServed, [])
        case (_, .notServed):
            // Gone, or never there: an empty collection until it is served.
            return (.notServed, [.notServed])
        case (_, .failed):
            return (self, [])
        case let (.notServed, .listed(page)):
            return try WatcherState.empty.afterPage(page)
        case let (.empty, .listed(page)), let (.initPage, .listed(page)):
            return try afterPage(page)
        case let (.initListed(resourceVersion), .watchOpened):
            return (.watching(resourceVersion: resourceVersion), [])
        case let (.watching(resourceVersion), .event(event)):
            return Self.afterWatchEvent(event, resourceVersion: resourceVersion)
        default:
            preconditionFailure("watcher: \(outcome) is not an outcome of \(request)")
        }
    }

    private func afterPage(
        _ page: ResourceList<JSONValue>
    ) throws(WatcherError) -> (state: WatcherState, events: [WatcherEvent]) {
        let started: [WatcherEvent] = self == .empty ? [.initStarted] : []
        let events = started + page.items.map(WatcherEvent.initApplied)
        if let continueToken = page.continueToken {
            return (.initPage(continueToken: continueToken), events)
        }
        guard let resourceVersion = page.resourceVersion, !resourceVersion.isEmpty else {
            throw .listWithoutResourceVersion
        }
        return (.initListed(resourceVersion: resourceVersion), events + [.initDone])
    }

    /// An object without a resourceVersion (which a conforming server never sends) leaves the
    /// resume point where it was: resuming earlier only repeats events, which applying is
    /// immune to.
    private static func afterWatchEvent(
        _ event: WatchEvent<JSONValue>, resourceVersion: String
    ) -> (state: WatcherState, events: [WatcherEvent]) {
        switch event {
        case let .added(object), let .modified(object):
            return (.watching(resourceVersion: version(of: object) ?? resourceVersion), [.applied(object)])
        case let .deleted(object):
            return (.watching(resourceVersion: version(of: object) ?? resourceVersion), [.deleted(object)])
        case let .bookmark(bookmark):
            let advanced = bookmark.resourceVersion.isEmpty ? resourceVersion : bookmark.resourceVersion
            return (.watching(resourceVersion: advanced), [])
        }
    }

    private static func version(of object: JSONValue) -> String? {
        object["metadata"]?["resourceVersion"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// 410 Gone or Expired, from a watch (its ERROR event) or from a list page (its token).
    static func isExpired(_ error: any Error) -> Bool {
        guard let error = error as? KubeAPIError else { return false }
        if case .gone = error { return true }
        return error.code == 410
    }
}
