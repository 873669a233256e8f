import KubeClient
import KubeCore
import KubeRuntime
import Synchronization

/// A scripted API for the watcher: LIST answers with `pages` in order, WATCH opens the streams
/// of `watches` in order, and every call's options are recorded. Once a script runs out the
/// call (or stream) waits until cancelled, so a test sees exactly the calls its events needed.
final class FakeListWatchSource: ListWatchSource {
    /// What a scripted watch stream does, in order. Without `.end` or `.fail` last, the stream
    /// stays open.
    enum WatchStep: Sendable {
        case event(WatchEvent<JSONValue>)
        case end
        case fail(any Error)
    }

    private struct State {
        var pages: [Result<ResourceList<JSONValue>, any Error>]
        var watches: [Result<[WatchStep], any Error>]
        var listCalls: [ListOptions] = []
        var watchCalls: [WatchOptions] = []
        /// The streams left open, kept so they do not end.
        var openStreams: [AsyncThrowingStream<WatchEvent<JSONValue>, any Error>.Continuation] = []
    }

    private let state: Mutex<State>

    init(pages: [Result<ResourceList<JSONValue>, any Error>], watches: [Result<[WatchStep], any Error>] = []) {
        state = Mutex(State(pages: pages, watches: watches))
    }

    var listCalls: [ListOptions] { state.withLock { $0.listCalls } }
    var watchCalls: [WatchOptions] { state.withLock { $0.watchCalls } }

    func list(_ options: ListOptions) async throws -> ResourceList<JSONValue> {
        let page = state.withLock { state in
            state.listCalls.append(options)
            return state.pages.isEmpty ? nil : state.pages.removeFirst()
        }
        guard let page else { return try await Self.waitUntilCancelled() }
        return try page.get()
    }

    func watch(_ options: WatchOptions) async throws -> AsyncThrowingStream<WatchEvent<JSONValue>, any Error> {
        let script = state.withLock { state in
            state.watchCalls.append(options)
            return state.watches.isEmpty ? nil : state.watches.removeFirst()
        }
        let (stream, continuation) = AsyncThrowingStream.makeStream(of: WatchEvent<JSONValue>.self)
        var ended = false
        for step in try script?.get() ?? [] {
            switch step {
            case let .event(event): continuation.yield(event)
            case .end: continuation.finish()
            case let .fail(error): continuation.finish(throwing: error)
            }
            if case .event = step {} else { ended = true }
        }
        if !ended { state.withLock { $0.openStreams.append(continuation) } }
        return stream
    }

    private static func waitUntilCancelled<T>() async throws -> T {
        while true { try await Task.sleep(for: .seconds(3600)) }
    }
}
