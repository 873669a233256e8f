import Collections
import KubeCore
import Synchronization

/// The in-memory object store: one monotonic revision across all resources (etcd's), a bounded
/// history of changes, and the watchers fed from it. Every operation takes the lock briefly;
/// validation and patching happen outside it, and writes are compare-and-swap on the
/// resourceVersion the caller read, as kube-apiserver's GuaranteedUpdate does.
final class ObjectStore: Sendable {
    struct Limits: Sendable {
        /// Changes kept for watches that resume from a resourceVersion; older ones get 410.
        var history = 10_000
        /// Events queued for one watcher before it is closed as too slow (kube-apiserver closes
        /// a watcher whose buffer stays full); the client re-watches from its last revision.
        var watcherBuffer = 50_000
    }

    private struct Registration {
        var filter: WatchFilter
        var continuation: AsyncStream<WatchItem>.Continuation
        var bookmarks: Bool
    }

    private struct State {
        var revision: UInt64 = 1
        var objects: [ResourceKey: [ObjectKey: JSONValue]] = [:]
        var history: Deque<StoreEvent> = []
        /// Every change at or below this revision has left the history.
        var compactedThrough: UInt64 = 1
        var watchers: [UInt64: Registration] = [:]
        var nextWatcherID: UInt64 = 0
        /// In-process controllers (garbage collector, namespace and CRD controllers, the
        /// simulation): every change, unfiltered and unbounded, since they must not miss one.
        var observers: [UInt64: AsyncStream<StoreEvent>.Continuation] = [:]
    }

    let limits: Limits
    private let state = Mutex(State())

    init(limits: Limits = Limits()) {
        self.limits = limits
    }

    var currentRevision: UInt64 { state.withLock { $0.revision } }

    func get(_ resource: ResourceKey, _ key: ObjectKey) -> JSONValue? {
        state.withLock { $0.objects[resource]?[key] }
    }

    /// The objects of a resource (in one namespace or all), ordered by namespace and name, and
    /// the revision they were read at.
    func list(_ resource: ResourceKey, namespace: String?) -> (items: [(key: ObjectKey, object: JSONValue)], revision: UInt64) {
        state.withLock { state in
            let bucket = state.objects[resource] ?? [:]
            let items = bucket.filter { namespace == nil || $0.key.namespace == namespace }
                .sorted { $0.key < $1.key }
                .map { (key: $0.key, object: $0.value) }
            return (items, state.revision)
        }
    }

    /// Revisions below this one are no longer available for resumed watches or continued lists.
    var compactedRevision: UInt64 { state.withLock { $0.compactedThrough } }

    func create(_ resource: ResourceKey, _ key: ObjectKey, _ object: JSONValue) throws(StoreError) -> JSONValue {
        try commit { state throws(StoreError) in
            guard state.objects[resource]?[key] == nil else { throw .alreadyExists }
            return (resource, key, .added, object, nil)
        }
    }

    /// Replaces the object if its stored resourceVersion is still `expected`. A write that
    /// changes nothing returns the stored object without a new revision or event.
    func replace(_ resource: ResourceKey, _ key: ObjectKey, with object: JSONValue, expected: String) throws(StoreError) -> JSONValue {
        var unchanged: JSONValue?
        let result = try commit { state throws(StoreError) -> Change? in
            guard let current = state.objects[resource]?[key] else { throw .notFound }
            guard current.resourceVersion == expected else { throw .conflict }
            var candidate = object
            candidate.resourceVersion = expected
            if candidate == current {
                unchanged = current
                return nil
            }
            return (resource, key, .modified, object, current)
        }
        return unchanged ?? result
    }

    /// Removes the object if its resourceVersion is still `expected`; returns it stamped with
    /// the deletion's revision.
    func delete(_ resource: ResourceKey, _ key: ObjectKey, expected: String) throws(StoreError) -> JSONValue {
        try commit { state throws(StoreError) in
            guard let current = state.objects[resource]?[key] else { throw .notFound }
            guard current.resourceVersion == expected else { throw .conflict }
            return (resource, key, .deleted, current, current)
        }
    }

    private typealias Change = (ResourceKey, ObjectKey, StoreEvent.Kind, JSONValue, JSONValue?)

    /// Applies one change under the lock: stamps the next revision, records it, and fans it out.
    private func commit(_ decide: (inout State) throws(StoreError) -> Change?) throws(StoreError) -> JSONValue {
        var closing: [AsyncStream<WatchItem>.Continuation] = []
        defer { for continuation in closing { continuation.finish() } }
        return try state.withLock { state throws(StoreError) -> JSONValue in
            guard let (resource, key, kind, object, previous) = try decide(&state) else { return .null }
            state.revision += 1
            var stamped = object
            stamped.resourceVersion = String(state.revision)
            if kind == .deleted {
                state.objects[resource]?[key] = nil
            } else {
                state.objects[resource, default: [:]][key] = stamped
            }
            let event = StoreEvent(
                kind: kind, resource: resource, key: key, object: stamped, previous: previous,
                revision: state.revision)
            state.history.append(event)
            while state.history.count > limits.history, let dropped = state.history.popFirst() {
                state.compactedThrough = dropped.revision
            }
            closing = Self.fanOut(event, in: &state)
            for observer in state.observers.values { observer.yield(event) }
            return stamped
        }
    }

    /// Queues the event for every watcher it concerns; returns the watchers that fell too far
    /// behind, already unregistered, to be finished outside the lock.
    private static func fanOut(_ event: StoreEvent, in state: inout State) -> [AsyncStream<WatchItem>.Continuation] {
        var slow: [UInt64] = []
        for (id, registration) in state.watchers where registration.filter.resource == event.resource {
            guard let item = Self.item(for: event, filter: registration.filter) else { continue }
            if case .dropped = registration.continuation.yield(item) { slow.append(id) }
        }
        return slow.compactMap { state.watchers.removeValue(forKey: $0)?.continuation }
    }

    /// How a watcher with this filter sees the change: a modification becomes ADDED or DELETED
    /// when the object starts or stops matching (DELETED carries the old content at the new
    /// revision, as kube-apiserver's cacher sends it).
    private static func item(for event: StoreEvent, filter: WatchFilter) -> WatchItem? {
        let now = filter.matches(event.object, key: event.key)
        let before = event.previous.map { filter.matches($0, key: event.key) } ?? false
        switch event.kind {
        case .added: return now ? .event(.added, event.object) : nil
        case .deleted: return before || now ? .event(.deleted, event.object) : nil
        case .modified:
            switch (before, now) {
            case (true, true): return .event(.modified, event.object)
            case (false, true): return .event(.added, event.object)
            case (true, false):
                var old = event.previous!
                old.resourceVersion = String(event.revision)
                return .event(.deleted, old)
            case (false, false): return nil
            }
        }
    }

    /// Where a watch starts.
    enum WatchStart: Sendable {
        /// Changes after this revision (410 when it has left the history).
        case after(UInt64)
        /// The current objects as ADDED, then changes; with `bookmark`, a BOOKMARK marking the end
        /// of the initial state (watch-list).
        case initialState(bookmark: Bool)
    }

    /// Registers a watcher. The stream ends when the watcher falls too far behind, or when the
    /// consumer stops iterating (cancellation unregisters it).
    func watch(_ filter: WatchFilter, from start: WatchStart, bookmarks: Bool) throws(StoreError) -> AsyncStream<WatchItem> {
        let (stream, continuation) = AsyncStream.makeStream(
            of: WatchItem.self, bufferingPolicy: .bufferingOldest(limits.watcherBuffer))
        let id = try state.withLock { state throws(StoreError) -> UInt64 in
            var backlog: [WatchItem] = []
            switch start {
            case .after(let revision):
                guard revision >= state.compactedThrough else {
                    throw .expired(requested: revision, oldest: state.compactedThrough)
                }
                guard revision <= state.revision else {
                    throw .tooLarge(requested: revision, current: state.revision)
                }
                for event in state.history where event.revision > revision && event.resource == filter.resource {
                    if let item = Self.item(for: event, filter: filter) { backlog.append(item) }
                }
            case .initialState(let bookmark):
                let bucket = state.objects[filter.resource] ?? [:]
                for (key, object) in bucket.sorted(by: { $0.key < $1.key }) where filter.matches(object, key: key) {
                    backlog.append(.event(.added, object))
                }
                if bookmark { backlog.append(.bookmark(revision: state.revision, initialEventsEnd: true)) }
            }
            for item in backlog { continuation.yield(item) }
            let id = state.nextWatcherID
            state.nextWatcherID += 1
            state.watchers[id] = Registration(filter: filter, continuation: continuation, bookmarks: bookmarks)
            return id
        }
        continuation.onTermination = { [weak self] _ in
            _ = self?.state.withLock { $0.watchers.removeValue(forKey: id) }
        }
        return stream
    }

    /// Sends every watcher that asked for bookmarks a BOOKMARK at the current revision, so that
    /// an idle watcher can resume from a recent resourceVersion.
    func sendBookmarks() {
        state.withLock { state in
            for registration in state.watchers.values where registration.bookmarks {
                registration.continuation.yield(.bookmark(revision: state.revision, initialEventsEnd: false))
            }
        }
    }

    var watcherCount: Int { state.withLock { $0.watchers.count } }

    /// Every change from now on, for an in-process controller.
    func changes() -> AsyncStream<StoreEvent> {
        let (stream, continuation) = AsyncStream.makeStream(of: StoreEvent.self)
        let id = state.withLock { state in
            let id = state.nextWatcherID
            state.nextWatcherID += 1
            state.observers[id] = continuation
            return id
        }
        continuation.onTermination = { [weak self] _ in
            _ = self?.state.withLock { $0.observers.removeValue(forKey: id) }
        }
        return stream
    }

    /// Ends every watch and change stream (the server is shutting down; open watches would
    /// otherwise hold it up for their whole timeout).
    func closeAllWatchers() {
        let continuations = state.withLock { state in
            let all = state.watchers.values.map(\.continuation)
            state.watchers.removeAll()
            return all
        }
        for continuation in continuations { continuation.finish() }
        let observers = state.withLock { state in
            let all = Array(state.observers.values)
            state.observers.removeAll()
            return all
        }
        for observer in observers { observer.finish() }
    }
}

extension JSONValue {
    /// `metadata.resourceVersion`.
    var resourceVersion: String? {
        get { self[path: ["metadata", "resourceVersion"]]?.stringValue }
        set { self[path: ["metadata", "resourceVersion"]] = newValue.map(JSONValue.string) }
    }
}
