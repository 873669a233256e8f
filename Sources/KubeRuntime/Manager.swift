import KubeClient
import KubeCore
import Logging
import Metrics
import ServiceLifecycle
import Synchronization

/// Runs a set of controllers against one cluster: shares one informer per kind and scope
/// between them, waits for leadership when leader election is on (caches warm meanwhile),
/// starts the workers once the caches have synced, and on shutdown stops taking work, lets
/// in-flight reconciles finish (up to `gracefulShutdownTimeout`) and releases the lease.
public final class Manager: Service, Sendable {
    public let client: KubeAPIClient
    public let configuration: ManagerConfiguration
    /// Where the manager's parts record their metrics (controller-runtime's and client-go's
    /// names); the application chooses the backend and exposes it.
    public let metricsFactory: any MetricsFactory
    public let logger: Logger
    /// The one clock the manager's parts read (the lease, the informers' health, the work
    /// queues' delays, the reconcilers' `now`); tests pass a manual one.
    public let clock: RuntimeClock
    private let elector: LeaderElector?
    private let state = Mutex(State())

    private struct State {
        var informers: [InformerScope: Informer] = [:]
        /// The index names each informer was made with.
        var indexNames: [InformerScope: [String]] = [:]
        var controllers: [Controller] = []
        var started = false
        /// Controllers whose worker loop has returned.
        var workersEnded: Set<ObjectIdentifier> = []
        /// A shutdown has begun: workers ending now is the plan, not a failure.
        var stopping = false
    }

    private struct InformerScope: Hashable, CustomStringConvertible {
        var resource: APIResource
        var labelSelector: String?

        var description: String { "\(resource)\(labelSelector.map { " (\($0))" } ?? "")" }
    }

    /// - Parameter metricsFactory: the swift-metrics backend the controllers, work queues and
    ///   leader election record into; by default the process's bootstrapped factory (no-op if
    ///   none). Several managers in one process each get their own (tests).
    public init(
        client: KubeAPIClient, configuration: ManagerConfiguration = .init(),
        metricsFactory: any MetricsFactory = MetricsSystem.factory, clock: RuntimeClock = .system,
        logger: Logger
    ) {
        self.client = client
        self.configuration = configuration
        self.metricsFactory = metricsFactory
        self.clock = clock
        self.logger = logger
        elector = configuration.leaderElection.map {
            LeaderElector(client: client, configuration: $0, metricsFactory: metricsFactory, clock: clock, logger: logger)
        }
    }

    /// The shared informer for a kind (in the manager's namespace, if any) and label selector.
    /// The first caller declares its indexes; a later caller asking for other indexes is a
    /// wiring mistake (it would silently get the first's), and throws.
    /// How often an optional kind the server does not serve is looked for again.
    public static let optionalKindRecheck = Duration.seconds(30)

    /// - Parameter optional: the kind may not be served (a CRD the cluster may lack, such as
    ///   Gateway API's): its cache is then empty, synced and `isServed == false`, and looked
    ///   for again every `optionalKindRecheck`, instead of failing.
    public func informer(
        for resource: APIResource, labelSelector: String? = nil, indexes: [String: ObjectCache.IndexFunction] = [:],
        optional: Bool = false
    ) throws(ControllerConfigurationError) -> Informer {
        try state.withLock { state throws(ControllerConfigurationError) in
            let scope = InformerScope(resource: resource, labelSelector: labelSelector)
            let requested = indexes.keys.sorted()
            if let informer = state.informers[scope] {
                let existing = state.indexNames[scope] ?? []
                guard requested.isEmpty || requested == existing else {
                    throw .conflictingIndexes(
                        resource: resource, labelSelector: labelSelector, existing: existing, requested: requested)
                }
                return informer
            }
            state.indexNames[scope] = requested
            precondition(!state.started, "informers must be made before the manager runs")
            var watcher = configuration.watcher
            watcher.labelSelector = labelSelector
            if optional { watcher.notServedRecheck = Self.optionalKindRecheck }
            let informer = Informer(
                resource: resource,
                source: client.resource(resource.resource, namespace: resource.isNamespaced ? configuration.namespace : nil),
                configuration: watcher, resyncPeriod: configuration.syncPeriod, indexes: indexes, clock: clock,
                logger: logger)
            state.informers[scope] = informer
            return informer
        }
    }

    /// Starts building a controller: `manager.controller("model").for(...).owns(...).complete(reconciler)`.
    public func controller(_ name: String) -> ControllerBuilder {
        ControllerBuilder(name: name, manager: self)
    }

    func add(_ controller: Controller) {
        state.withLock { $0.controllers.append(controller) }
    }

    /// Readiness: the informers whose first list has not arrived yet (empty = ready).
    public func unsyncedCaches() -> [String] {
        state.withLock { $0.informers }.compactMap { scope, informer in
            informer.cache.hasSynced ? nil : "informer \(scope) not synced"
        }.sorted()
    }

    /// Liveness: why the controllers have stopped taking work (empty = alive) — an informer
    /// without a working list or watch for `informerFailureThreshold`, or, while leading, a
    /// controller whose workers ended before shutdown or one of whose workers has held a key
    /// for `stuckWorkerThreshold`. See `LivenessCheck`.
    public func livenessFailures() async -> [String] {
        let (informers, controllers, ended, stopping) = state.withLock {
            ($0.informers, $0.controllers, $0.workersEnded, $0.stopping)
        }
        guard !stopping else { return [] }
        var controllerStatus: [LivenessCheck.ControllerStatus] = []
        for controller in controllers {
            controllerStatus.append(.init(
                name: controller.name, workersEnded: ended.contains(ObjectIdentifier(controller)),
                longestInFlight: await controller.queue.longestInFlight))
        }
        let check = LivenessCheck(
            stuckWorkerThreshold: configuration.stuckWorkerThreshold,
            informerFailureThreshold: configuration.informerFailureThreshold)
        return check.failures(
            informers: informers.sorted { $0.key.description < $1.key.description }.map {
                .init(name: $0.key.description, failingFor: $0.value.failingFor())
            },
            controllers: controllerStatus, isLeader: isLeader)
    }

    /// Whether this process runs the controllers now (always, without leader election).
    public var isLeader: Bool { elector?.isLeader ?? true }

    /// Runs until a graceful shutdown (SIGTERM through a ServiceGroup) or cancellation; throws
    /// `LeadershipLost` if the lease could not be renewed.
    public func run() async throws {
        let (stopped, stop) = AsyncStream.makeStream(of: Void.self)
        try await withTaskCancellationHandler {
            try await withGracefulShutdownHandler {
                try await runUntil(stopped)
            } onGracefulShutdown: {
                stop.finish()
            }
        } onCancel: {
            stop.finish()
        }
    }

    private func runUntil(_ stopped: AsyncStream<Void>) async throws {
        let (informers, controllers) = state.withLock { state in
            state.started = true
            return (Array(state.informers.values), state.controllers)
        }
        let elector = self.elector
        let timeout = configuration.gracefulShutdownTimeout
        try await withThrowingTaskGroup(of: Bool.self) { group in
            group.addTask {
                await withDiscardingTaskGroup { informerGroup in
                    for informer in informers { informerGroup.addTask { await informer.run() } }
                }
                return false
            }
            group.addTask {
                for await _ in stopped {}
                return true
            }
            group.addTask {
                try await self.lead(controllers, elector: elector)
                return false
            }
            // The first to end is the stop signal, or leading ending early (lost leadership).
            while let isStop = try await group.next() {
                if isStop { break }
            }
            self.state.withLock { $0.stopping = true }
            self.logger.info("shutting down: finishing in-flight reconciles", metadata: ["timeout": "\(timeout)"])
            for controller in controllers { await controller.queue.shutDown() }
            group.addTask {
                await withDiscardingTaskGroup { drains in
                    for controller in controllers { drains.addTask { await controller.queue.drain() } }
                }
                return true
            }
            group.addTask {
                try? await Task.sleep(for: timeout)
                return true
            }
            _ = try await group.next()
            group.cancelAll()
        }
        await elector?.release()
    }

    /// Waits for leadership and synced caches, then runs the controllers; with leader
    /// election, renews the lease meanwhile and throws if it is lost.
    private func lead(_ controllers: [Controller], elector: LeaderElector?) async throws {
        if let elector { try await elector.acquire() }
        try await withThrowingTaskGroup(of: Void.self) { group in
            if let elector { group.addTask { try await elector.renewWhileLeading() } }
            group.addTask {
                while !self.unsyncedCaches().isEmpty {
                    try await Task.sleep(for: .milliseconds(50))
                }
                self.logger.info("caches synced; starting controllers", metadata: ["controllers": "\(controllers.map(\.name))"])
                await withDiscardingTaskGroup { workers in
                    for controller in controllers {
                        workers.addTask {
                            await controller.run()
                            self.state.withLock { _ = $0.workersEnded.insert(ObjectIdentifier(controller)) }
                        }
                    }
                }
            }
            try await group.next()
            group.cancelAll()
        }
    }
}
