import Foundation

/// Turns a watch's streamed body into events, one frame at a time and only as fast as the
/// consumer asks for them: the transport pauses the transfer while nobody reads, so a slow
/// consumer holds back the server instead of filling memory.
actor WatchEventReader<Object: Sendable> {
    private var body: AsyncThrowingStream<Data, any Error>.AsyncIterator
    private var splitter: WatchLineSplitter
    /// Frames split off but not yet decoded, in reverse order so the next one is popped.
    private var pending: [Data] = []
    private var bodyEnded = false
    private let decode: @Sendable (Data) throws -> WatchEvent<Object>

    init(
        body: AsyncThrowingStream<Data, any Error>, maximumLineLength: Int = WatchLineSplitter.defaultMaximumLineLength,
        decode: @escaping @Sendable (Data) throws -> WatchEvent<Object>
    ) {
        self.body = body.makeAsyncIterator()
        self.splitter = WatchLineSplitter(maximumLineLength: maximumLineLength)
        self.decode = decode
    }

    /// The next event; nil when the server ended the watch. Throws a `KubeAPIError` for an
    /// ERROR event, `KubeClientError` for a frame that is not a watch event, and the
    /// transport's error if the connection breaks.
    func next() async throws -> WatchEvent<Object>? {
        while true {
            if let frame = pending.popLast() { return try decode(frame) }
            if bodyEnded { return nil }
            var iterator = body
            let chunk = try await iterator.next(isolation: self)
            body = iterator
            if let chunk {
                pending = try splitter.append(chunk).reversed()
            } else {
                bodyEnded = true
                if let last = try splitter.finish() { pending = [last] }
            }
        }
    }

    /// The events as the stream a watch returns. The stream holds the only reference to the
    /// reader, so dropping or cancelling it releases the body and with it the transfer.
    nonisolated func makeStream() -> AsyncThrowingStream<WatchEvent<Object>, any Error> {
        AsyncThrowingStream(unfolding: { try await self.next() })
    }
}
