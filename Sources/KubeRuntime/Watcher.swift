import DequeModule
import KubeClient
import KubeCore
import Logging

/// One collection's objects and changes, as a sequence that ends only when the task iterating
/// it is cancelled (kube-rs's `watcher`).
///
/// It lists the collection in pages, then watches from the list's resourceVersion, with
/// bookmarks, for a random 5 to 10 minutes (by default) at a time; after a watch ends it
/// watches again from the last version seen (an object's, or a bookmark's). When the server
/// says a version or a continue token has expired (410) it lists everything again, announced
/// by `initStarted`. Other failures are logged and retried after `configuration.backoff`; they
/// never end the sequence, since a controller must outlive an API server restart.
///
/// The sequence is pulled: no call is made until the consumer asks for the next event, so a
/// slow consumer slows the watch instead of buffering without bound. Each iteration starts
/// from an empty state, with a list.
///
/// Health: `onFailingChange` hears `true` when a call fails after one succeeded (or first
/// thing), and `false` when one succeeds again — a list page, a watch opened, a watch event or
/// a watch the server ended. An open watch waiting for events counts as working.
public struct Watcher: AsyncSequence, Sendable {
    public typealias Element = WatcherEvent
    public typealias Failure = Never

    private let source: any ListWatchSource
    private let configuration: WatcherConfiguration
    private let logger: Logger
    private let onFailingChange: @Sendable (_ failing: Bool) -> Void

    public init(
        source: some ListWatchSource, configuration: WatcherConfiguration = WatcherConfiguration(),
        logger: Logger = Logger(label: "KubeRuntime.Watcher"),
        onFailingChange: @escaping @Sendable (_ failing: Bool) -> Void = { _ in }
    ) {
        self.source = source
        self.configuration = configuration
        self.logger = logger
        self.onFailingChange = onFailingChange
    }

    public func makeAsyncIterator() -> Iterator {
        Iterator(source: source, configuration: configuration, logger: logger, onFailingChange: onFailingChange)
    }

    public struct Iterator: AsyncIteratorProtocol {
        public typealias Element = WatcherEvent
        public typealias Failure = Never

        private let source: any ListWatchSource
        private let configuration: WatcherConfiguration
        private let logger: Logger
        private let onFailingChange: @Sendable (_ failing: Bool) -> Void
        /// Whether the last call failed, as last reported to `onFailingChange`.
        private var failing = false
        private var state = WatcherState.empty
        private var backoff: Backoff
        /// Events decided but not yet returned (the rest of a page).
        private var pending: Deque<WatcherEvent> = []
        /// The open watch, while `state` is `.watching`.
        private var stream: AsyncThrowingStream<WatchEvent<JSONValue>, any Error>.Iterator?
        private var watchOpenedAt = ContinuousClock.now
        private var eventsInWatch = 0

        /// A watch that ends sooner than this without events counts as a failure.
        private static let shortestNormalWatch = Duration.seconds(1)

        init(
            source: any ListWatchSource, configuration: WatcherConfiguration, logger: Logger,
            onFailingChange: @escaping @Sendable (_ failing: Bool) -> Void
        ) {
            self.source = source
            self.configuration = configuration
            self.logger = logger
            self.onFailingChange = onFailingChange
            self.backoff = configuration.backoff
        }

        public mutating func next() async -> WatcherEvent? {
            await next(isolation: nil)
        }

        /// The next event; nil only once the calling task is cancelled.
        public mutating func next(isolation actor: isolated (any Actor)?) async -> WatcherEvent? {
            while !Task.isCancelled {
                if let event = pending.popFirst() { return event }
                if state == .notServed, let recheck = configuration.notServedRecheck {
                    guard (try? await Task.sleep(for: recheck)) != nil else { break }
                }
                let request = state.request
                let outcome = await perform(request, isolation: actor)
                guard !Task.isCancelled else { break }
                let failure: (any Error)?
                do {
                    let (next, events) = try state.step(outcome)
                    state = next
                    pending.append(contentsOf: events)
                    if case let .failed(error) = outcome { failure = error } else { failure = nil }
                    if case .notServed = outcome, events.contains(.notServed) {
                        logger.info("not served by the API server; looking again every \(configuration.notServedRecheck ?? .zero)")
                    }
                } catch {
                    failure = error
                }
                if (failure != nil) != failing {
                    failing = failure != nil
                    onFailingChange(failing)
                }
                if let failure { try? await Task.sleep(for: delayRetry(request, after: failure)) }
            }
            return nil
        }

        private mutating func perform(
            _ request: WatcherState.Request, isolation actor: isolated (any Actor)?
        ) async -> WatcherState.Outcome {
            do {
                switch request {
                case let .list(continueToken):
                    return .listed(try await source.list(listOptions(continueToken: continueToken)))
                case let .watch(resourceVersion):
                    stream = try await source.watch(watchOptions(resourceVersion: resourceVersion)).makeAsyncIterator()
                    watchOpenedAt = .now
                    eventsInWatch = 0
                    return .watchOpened
                case .nextWatchEvent:
                    if let event = try await stream?.next(isolation: actor) {
                        eventsInWatch += 1
                        return .event(event)
                    }
                    stream = nil
                    let lasted = ContinuousClock.now - watchOpenedAt
                    let closedEarly = eventsInWatch == 0 && lasted < Self.shortestNormalWatch
                    return closedEarly ? .failed(WatcherError.watchClosedEarly) : .watchEnded
                }
            } catch {
                stream = nil
                if configuration.notServedRecheck != nil, case KubeAPIError.notFound = error, request != .nextWatchEvent {
                    return .notServed
                }
                return .failed(error)
            }
        }

        /// Logs the failure of `request`; returns how long to wait before retrying.
        private mutating func delayRetry(_ request: WatcherState.Request, after error: any Error) -> Duration {
            let delay = backoff.next()
            var metadata: Logger.Metadata = ["error": "\(error)", "retryIn": "\(delay)"]
            let message: Logger.Message
            switch request {
            case let .list(continueToken):
                message = "LIST failed"
                if let continueToken { metadata["continue"] = "\(continueToken)" }
            case let .watch(resourceVersion):
                message = "WATCH failed"
                metadata["resourceVersion"] = "\(resourceVersion)"
            case .nextWatchEvent:
                message = "watch stream failed"
            }
            // An expiry is routine (the watch fell behind compaction); the relist is the remedy.
            logger.log(level: WatcherState.isExpired(error) ? .info : .warning, message, metadata: metadata)
            return delay
        }

        private func listOptions(continueToken: String?) -> ListOptions {
            ListOptions(
                labelSelector: configuration.labelSelector, fieldSelector: configuration.fieldSelector,
                limit: configuration.pageSize, continueToken: continueToken)
        }

        private func watchOptions(resourceVersion: String) -> WatchOptions {
            WatchOptions(
                labelSelector: configuration.labelSelector, fieldSelector: configuration.fieldSelector,
                resourceVersion: resourceVersion, allowWatchBookmarks: true,
                timeoutSeconds: Int.random(in: configuration.watchTimeoutSeconds))
        }
    }
}
