import KubeClient
import KubeCore
import Logging
import Synchronization
import TestSupport
import Testing

@testable import KubeRuntime

@Suite(.timeLimit(.minutes(1))) struct InformerHealthTests {
    /// Retries at once, so the test waits on the informer, not on its backoff.
    private static let configuration = WatcherConfiguration(
        backoff: Backoff(initial: .milliseconds(1), maximum: .milliseconds(1), jitter: 0))

    /// The failures the tests provoke on purpose are not worth printing.
    private static let quiet = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })

    @Test func anInformerReportsHowLongItsListsHaveFailedUntilOneWorks() async throws {
        let clock = ManualClock()
        let source = SwitchableSource()
        let informer = Informer(
            resource: .pods, source: source, configuration: Self.configuration, clock: RuntimeClock(clock),
            logger: Self.quiet)
        #expect(informer.failingFor() == nil)
        let run = Task { await informer.run() }
        defer { run.cancel() }

        #expect(await eventually { informer.failingFor() != nil })
        #expect(await eventually { source.listCalls >= 3 })
        clock.advance(by: .seconds(301))
        // Measured from the first failure: the retries that failed since do not restart it.
        #expect(informer.failingFor() == .seconds(301))

        source.setUp(true)
        #expect(await eventually { informer.failingFor() == nil })
        #expect(informer.cache.hasSynced)
    }

    @Test func aWatchFailingAfterASyncedListCountsFromItsFailure() async throws {
        let clock = ManualClock()
        let source = SwitchableSource()
        source.setUp(true)
        let informer = Informer(
            resource: .pods, source: source, configuration: Self.configuration, clock: RuntimeClock(clock),
            logger: Self.quiet)
        let run = Task { await informer.run() }
        defer { run.cancel() }
        #expect(await eventually { source.watchCalls == 1 })
        clock.advance(by: .seconds(600))
        // A quiet open watch is working, however long it stays quiet.
        #expect(informer.failingFor() == nil)

        source.setUp(false)
        source.breakWatches()
        #expect(await eventually { informer.failingFor() != nil })
        clock.advance(by: .seconds(30))
        #expect(informer.failingFor() == .seconds(30))
    }
}

/// A collection of no objects that answers while up and fails with 503 while down. Its
/// watches stay open and quiet until `breakWatches()`.
private final class SwitchableSource: ListWatchSource {
    private struct State {
        var up = false
        var listCalls = 0
        var watchCalls = 0
        var open: [AsyncThrowingStream<WatchEvent<JSONValue>, any Error>.Continuation] = []
    }

    private let state = Mutex(State())

    var listCalls: Int { state.withLock { $0.listCalls } }
    var watchCalls: Int { state.withLock { $0.watchCalls } }

    func setUp(_ up: Bool) { state.withLock { $0.up = up } }

    /// Ends every open watch with a failure.
    func breakWatches() {
        let open = state.withLock { state in
            defer { state.open = [] }
            return state.open
        }
        for continuation in open { continuation.finish(throwing: unavailable) }
    }

    func list(_ options: ListOptions) async throws -> ResourceList<JSONValue> {
        let up = state.withLock { state in
            state.listCalls += 1
            return state.up
        }
        guard up else { throw unavailable }
        return page([], resourceVersion: "1")
    }

    func watch(_ options: WatchOptions) async throws -> AsyncThrowingStream<WatchEvent<JSONValue>, any Error> {
        let (stream, continuation) = AsyncThrowingStream.makeStream(of: WatchEvent<JSONValue>.self)
        let up = state.withLock { state in
            state.watchCalls += 1
            if state.up { state.open.append(continuation) }
            return state.up
        }
        guard up else { throw unavailable }
        return stream
    }
}
