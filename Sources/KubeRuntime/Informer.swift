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
    private let handlers = Mutex<[@Sendable (InformerEvent) -> Void]>([])
    private let logger: Logger

    public init(
        resource: APIResource, source: any ListWatchSource, configuration: WatcherConfiguration = .init(),
        indexes: [String: ObjectCache.IndexFunction] = [:], logger: Logger
    ) {
        cache = ObjectCache(resource: resource, indexes: indexes)
        self.source = source
        self.configuration = configuration
        var logger = logger
        logger[metadataKey: "resource"] = "\(resource)"
        self.logger = logger
        cache.observeWrites { [weak self] change in self?.notify([change], isInitial: false) }
    }

    /// Handlers added after the first list see no replay of it; add them before `run()`.
    public func addHandler(_ handler: @escaping @Sendable (InformerEvent) -> Void) {
        handlers.withLock { $0.append(handler) }
    }

    /// Lists and watches until the task is cancelled.
    public func run() async {
        var initial: [JSONValue] = []
        for await event in Watcher(source: source, configuration: configuration, logger: logger) {
            switch event {
            case .initStarted:
                initial = []
            case let .initApplied(object):
                initial.append(object)
            case .initDone:
                let changes = cache.replace(with: initial)
                initial = []
                logger.debug("cache synced", metadata: ["objects": "\(cache.count)"])
                notify(changes, isInitial: true)
            case let .applied(object):
                notify(cache.apply(object).map { [$0] } ?? [], isInitial: false)
            case let .deleted(object):
                notify(cache.delete(object).map { [$0] } ?? [], isInitial: false)
            }
        }
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
    /// From a full list (the first, or a relist) rather than a live watch event: the work
    /// queue puts live events first.
    public var isInitial: Bool
}
