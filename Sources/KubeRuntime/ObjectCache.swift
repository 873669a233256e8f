import KubeCore
import Synchronization

/// The local copy of one kind's objects that reconcilers read instead of the API server, kept
/// current by an `Informer`, with indexes and read-your-writes.
///
/// Read-your-writes: a reconcile that wrote an object and runs again before the watch has
/// delivered that write must not see the older copy and write again (controller-runtime's
/// stale-cache complaint). So the object a write returned is stored at once (`recordWrite`), and
/// watch events for it older than the write are ignored. Older is judged by comparing
/// resourceVersions as integers, as Kubernetes 1.35 allows clients to (KEP-5504: they are
/// etcd revisions); an event whose version is not an integer is taken as it comes. Waiting
/// for the write's own event instead would be wrong: a watch may skip it (the server sends a
/// later state), and everything after would be ignored for good. A relist starts over from
/// the server's truth.
public final class ObjectCache: Sendable {
    public typealias IndexFunction = @Sendable (JSONValue) -> [String]

    /// The built-in index: objects by the UID of their controller (the owner reference with
    /// `controller: true`), which is how a reconciler finds its children.
    public static let controllerIndex = "controller-uid"

    public let resource: APIResource
    private let indexFunctions: [String: IndexFunction]
    private let state = Mutex(State())
    private let writeObservers = Mutex<[@Sendable (CacheChange) -> Void]>([])

    private struct State {
        var objects: [ObjectKey: JSONValue] = [:]
        /// index name → index value → keys.
        var indexes: [String: [String: Set<ObjectKey>]] = [:]
        /// The resourceVersion of a write whose watch event has not arrived yet.
        var pendingWrites: [ObjectKey: String] = [:]
        var synced = false
        var served = true
    }

    public init(resource: APIResource, indexes: [String: IndexFunction] = [:]) {
        self.resource = resource
        var functions = indexes
        functions[Self.controllerIndex] = { object in
            OwnerReferences.controller(of: object).map { [$0.uid] } ?? []
        }
        indexFunctions = functions
    }

    // MARK: - Reading

    /// Whether the first full list has been stored: before that, an absent object may exist.
    public var hasSynced: Bool { state.withLock { $0.synced } }

    /// Whether the API server serves the resource. False for an optional kind the cluster does
    /// not have (its CRD not installed): the cache is then empty and synced, and a planner can
    /// say what is missing instead of waiting for it.
    public var isServed: Bool { state.withLock { $0.served } }

    public var count: Int { state.withLock { $0.objects.count } }

    public func get(_ key: ObjectKey) -> JSONValue? { state.withLock { $0.objects[key] } }

    /// Every object, or those of one namespace, sorted by key so callers see a stable order.
    public func list(namespace: String? = nil) -> [JSONValue] {
        state.withLock { state in
            state.objects.filter { namespace == nil || $0.key.namespace == namespace }
                .sorted { $0.key < $1.key }.map(\.value)
        }
    }

    /// The objects whose index function gave `value`, sorted by key.
    public func list(index: String, value: String) -> [JSONValue] {
        state.withLock { state in
            (state.indexes[index]?[value] ?? []).sorted().compactMap { state.objects[$0] }
        }
    }

    /// The objects controlled by the object with this UID.
    public func controlled(by uid: String) -> [JSONValue] { list(index: Self.controllerIndex, value: uid) }

    // MARK: - Writing (the informer, and reconcilers after a write)

    /// Stores the object a write returned, ahead of its watch event, and tells the informer's
    /// handlers as a watch event would. They must hear of it: the write's result may show a
    /// change someone else made meanwhile (a new generation), and the watch event that carried
    /// that change is now older than the write and will be ignored.
    public func recordWrite(_ object: JSONValue) {
        guard let key = ObjectKey(of: object), let version = Self.resourceVersion(of: object) else { return }
        let stored = Self.stripped(object)
        let change = state.withLock { state -> CacheChange? in
            let old = state.objects[key]
            let cachedVersion = old.flatMap(Self.resourceVersion(of:))
            // A write that changed nothing returns the version already stored: no event will come.
            // And the watch may have overtaken the write's response with later events already.
            guard cachedVersion != version, !Self.isOlder(version, than: cachedVersion) else { return nil }
            state.pendingWrites[key] = version
            Self.store(stored, key: key, in: &state, indexFunctions: indexFunctions)
            return old.map { .updated(old: $0, new: stored) } ?? .added(stored)
        }
        guard let change else { return }
        for observer in writeObservers.withLock({ $0 }) { observer(change) }
    }

    /// Called with the change each `recordWrite` makes (the informer passes it to its handlers).
    func observeWrites(_ observer: @escaping @Sendable (CacheChange) -> Void) {
        writeObservers.withLock { $0.append(observer) }
    }

    /// Applies a watch event's object; returns the change handlers should see, or nil when the
    /// event is older than a recorded write or repeats what is stored.
    func apply(_ object: JSONValue) -> CacheChange? {
        guard let key = ObjectKey(of: object) else { return nil }
        let version = Self.resourceVersion(of: object)
        let stored = Self.stripped(object)
        return state.withLock { state -> CacheChange? in
            if let pending = state.pendingWrites[key] {
                if Self.isOlder(version, than: pending) { return nil }
                state.pendingWrites[key] = nil
            }
            let old = state.objects[key]
            if let old, Self.resourceVersion(of: old) == version, version != nil { return nil }
            Self.store(stored, key: key, in: &state, indexFunctions: indexFunctions)
            return old.map { .updated(old: $0, new: stored) } ?? .added(stored)
        }
    }

    func delete(_ object: JSONValue) -> CacheChange? {
        guard let key = ObjectKey(of: object) else { return nil }
        return state.withLock { state -> CacheChange? in
            state.pendingWrites[key] = nil
            guard let old = Self.remove(key, from: &state, indexFunctions: indexFunctions) else { return nil }
            return .deleted(old)
        }
    }

    /// Replaces everything with a full list (the first, or a relist after 410 Gone): objects
    /// missing from it were deleted while the watch was away.
    func replace(with objects: [JSONValue], served: Bool = true) -> [CacheChange] {
        state.withLock { $0.served = served }
        let incoming = Dictionary(
            objects.compactMap { object in ObjectKey(of: object).map { ($0, Self.stripped(object)) } },
            uniquingKeysWith: { _, last in last })
        return state.withLock { state in
            var changes: [CacheChange] = []
            for key in state.objects.keys.sorted() where incoming[key] == nil {
                if let old = Self.remove(key, from: &state, indexFunctions: indexFunctions) {
                    changes.append(.deleted(old))
                }
            }
            for (key, object) in incoming.sorted(by: { $0.key < $1.key }) {
                let old = state.objects[key]
                if let old, Self.resourceVersion(of: old) == Self.resourceVersion(of: object) {
                    // Unchanged, but a relist is a resync: handlers see it once more.
                    changes.append(.updated(old: old, new: old))
                    continue
                }
                Self.store(object, key: key, in: &state, indexFunctions: indexFunctions)
                changes.append(old.map { .updated(old: $0, new: object) } ?? .added(object))
            }
            state.pendingWrites = [:]
            state.synced = true
            return changes
        }
    }

    // MARK: - Internals

    private static func store(
        _ object: JSONValue, key: ObjectKey, in state: inout State, indexFunctions: [String: IndexFunction]
    ) {
        if let old = state.objects[key] { unindex(old, key: key, in: &state, indexFunctions: indexFunctions) }
        state.objects[key] = object
        for (name, function) in indexFunctions {
            for value in function(object) { state.indexes[name, default: [:]][value, default: []].insert(key) }
        }
    }

    private static func remove(
        _ key: ObjectKey, from state: inout State, indexFunctions: [String: IndexFunction]
    ) -> JSONValue? {
        guard let old = state.objects.removeValue(forKey: key) else { return nil }
        unindex(old, key: key, in: &state, indexFunctions: indexFunctions)
        return old
    }

    private static func unindex(
        _ object: JSONValue, key: ObjectKey, in state: inout State, indexFunctions: [String: IndexFunction]
    ) {
        for (name, function) in indexFunctions {
            for value in function(object) {
                state.indexes[name]?[value]?.remove(key)
                if state.indexes[name]?[value]?.isEmpty == true { state.indexes[name]?[value] = nil }
            }
        }
    }

    /// Whether resourceVersion `version` comes before `other`; false when either is not an
    /// integer (then nothing can be said).
    private static func isOlder(_ version: String?, than other: String?) -> Bool {
        guard let version = version.flatMap(UInt64.init), let other = other.flatMap(UInt64.init) else { return false }
        return version < other
    }

    static func resourceVersion(of object: JSONValue) -> String? {
        object[path: ["metadata", "resourceVersion"]]?.stringValue
    }

    /// `managedFields` is server-side apply's bookkeeping: often the largest part of an object
    /// and never read by a reconciler, so it is not kept.
    private static func stripped(_ object: JSONValue) -> JSONValue {
        guard case var .object(fields) = object, case var .object(metadata)? = fields["metadata"],
            metadata["managedFields"] != nil
        else { return object }
        metadata["managedFields"] = nil
        fields["metadata"] = .object(metadata)
        return .object(fields)
    }
}

/// What a watch event or a relist changed in a cache.
public enum CacheChange: Sendable, Equatable {
    case added(JSONValue)
    case updated(old: JSONValue, new: JSONValue)
    case deleted(JSONValue)

    /// The object as it is now (as it was last, for a deletion).
    public var object: JSONValue {
        switch self {
        case let .added(object), let .updated(_, object), let .deleted(object): return object
        }
    }
}
