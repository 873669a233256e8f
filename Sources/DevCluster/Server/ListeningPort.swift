import NIOCore

/// The port a Hummingbird listener asked for port 0 got, learned from its `onServerRunning`.
struct ListeningPort: Sendable {
    private let ports: AsyncStream<Int>
    private let continuation: AsyncStream<Int>.Continuation

    init() {
        (ports, continuation) = AsyncStream.makeStream(of: Int.self)
    }

    var onServerRunning: @Sendable (any Channel) async -> Void {
        { [continuation] channel in
            continuation.yield(channel.localAddress?.port ?? 0)
            continuation.finish()
        }
    }

    /// Ends the wait of `value()` when the server stopped without having run.
    func finish() {
        continuation.finish()
    }

    /// The port; nil when the server stopped first.
    func value() async -> Int? {
        var iterator = ports.makeAsyncIterator()
        return await iterator.next()
    }
}
