import KubeClient
import KubeCore
import Logging
import Synchronization

/// Keeps one `ObjectCache` current from a `Watcher` and tells handlers what changed.
///
/// Informers are shared: a manager makes one per kind and scope, and every controller that
/// watches the kind adds a handler to it, so a kind is listed and watched once.
public final class Informer: Sendable {
    public let cache: ObjectCache
    private let source: any ListWatchSource
    private let configuration: WatcherConfiguration
    private let resyncPeriod: Duration?
    private let handlers = Mutex<[@Sendable (InformerEvent) -> Void]>([])
    private let servedHandlers = Mutex<[@Sendable (Bool) -> Void]>([])
    private let clock: RuntimeClock
    /// When (by `clock`) the watcher's calls started failing; nil while they work.
    private let failingSince = Mutex<Duration?>(nil)
    private let logger: Logger

    /// - Parameters:
    ///   - resyncPeriod: how often every cached object is handed to the handlers again (see
    ///     `ManagerConfiguration.syncPeriod`); nil: never.
    ///   - clock: measures how long the list and watch have been failing (`failingFor()`).
    public init(
        resource: APIResource, source: any ListWatchSource, configuration: WatcherConfiguration = .init(),
        resyncPeriod: Duration? = nil, indexes: [String: ObjectCache.IndexFunction] = [:],
        clock: RuntimeClock = .system, logger: Logger
    ) {
        cache = ObjectCache(resource: resource, indexes: indexes)
        self.source = source
        self.configuration = configuration
        self.resyncPeriod = resyncPeriod
        self.clock = clock
        var logger = logger
        logger[metadataKey: "resource"] = "\(resource)"
        self.logger = logger
        cache.observeWrites { [weak self] change in self?.notify([change], isInitial: false) }
    }

    /// Handlers added after the first list see no replay of it; add them before `run()`.
    public func addHandler(_ handler: @escaping @Sendable (InformerEvent) -> Void) {
        handlers.withLock { $0.append(handler) }
    }

    /// Called when the server starts or stops serving the resource (an optional kind's CRD
    /// installed or removed): what depends on the kind's existence, not on its objects, looks
    /// again — a change no object's event would announce.
    public func addServedHandler(_ handler: @escaping @Sendable (_ served: Bool) -> Void) {
        servedHandlers.withLock { $0.append(handler) }
    }

    /// How long the informer has gone without a working list or watch: its last call failed
    /// and none has succeeded since (it keeps retrying). Nil while it works. A liveness check
    /// compares it with a threshold: a cache that stays stale for long is a controller that
    /// acts on an old world.
    public func failingFor() -> Duration? {
        failingSince.withLock { $0 }.map { clock.now() - $0 }
    }

    /// Lists and watches (and resyncs, if it has a period) until the task is cancelled.
    public func run() async {
        await withDiscardingTaskGroup { group in
            if let resyncPeriod { group.addTask { await self.resync(every: resyncPeriod) } }
            await follow()
            group.cancelAll()
        }
    }

    private func follow() async {
        var initial: [JSONValue] = []
        let watcher = Watcher(source: source, configuration: configuration, logger: logger) { failing in
            let now = self.clock.now()
            self.failingSince.withLock { $0 = failing ? now : nil }
        }
        for await event in watcher {
            switch event {
            case .initStarted:
                initial = []
            case let .initApplied(object):
                initial.append(object)
            case .initDone:
                let wasServed = cache.isServed
                let changes = cache.replace(with: initial)
                initial = []
                logger.debug("cache synced", metadata: ["objects": "\(cache.count)"])
                notify(changes, isInitial: true)
                if !wasServed { notifyServed(true) }
            case let .applied(object):
                notify(cache.apply(object).map { [$0] } ?? [], isInitial: false)
            case let .deleted(object):
                notify(cache.delete(object).map { [$0] } ?? [], isInitial: false)
            case .notServed:
                initial = []
                let wasServed = cache.isServed && cache.hasSynced
                notify(cache.replace(with: [], served: false), isInitial: true)
                if wasServed { notifyServed(false) }
            }
        }
    }

    /// Hands every cached object to the handlers again, unchanged (`old == new`), at low
    /// priority like a relist. Each period is jittered into [0.9, 1.1) of itself, as
    /// controller-runtime's is, so informers started together do not resync together.
    private func resync(every period: Duration) async {
        while (try? await Task.sleep(for: period * Double.random(in: 0.9..<1.1))) != nil {
            guard cache.hasSynced else { continue }
            notify(cache.list().map { .updated(old: $0, new: $0) }, isInitial: true)
        }
    }

    private func notifyServed(_ served: Bool) {
        for handler in servedHandlers.withLock({ $0 }) { handler(served) }
    }

    private func notify(_ changes: [CacheChange], isInitial: Bool) {
        guard !changes.isEmpty else { return }
        let handlers = handlers.withLock { $0 }
        for change in changes {
            let event = InformerEvent(change: change, isInitial: isInitial)
            for handler in handlers { handler(event) }
        }
    }
}

/// One change an informer passes to its handlers.
public struct InformerEvent: Sendable {
    public var change: CacheChange
    /// From a full list (the first, a relist, or a periodic resync) rather than a live watch
    /// event: the work queue puts live events first.
    public var isInitial: Bool
}
