import Foundation

/// The consumer's end of a streamed body: the producing closure of the body's
/// `AsyncThrowingStream(unfolding:)`, which pulls one chunk per `next()`.
///
/// The stream holds the only reference to the reader, so when the consumer lets go of the body
/// (or `AsyncThrowingStream` drops its closure because the consuming task was cancelled), the
/// reader goes away and its `deinit` cancels the transfer. A cancelled `next()` throws
/// `CancellationError` and cancels the transfer at once.
final class StreamBodyReader: Sendable {
    private let engine: CurlEngine
    private let ticket: TransferTicket
    private let buffer: StreamBodyBuffer

    init(engine: CurlEngine, ticket: TransferTicket, buffer: StreamBodyBuffer) {
        self.engine = engine
        self.ticket = ticket
        self.buffer = buffer
    }

    deinit {
        engine.cancel(ticket)
    }

    func next() async throws -> Data? {
        let taken = try await withTaskCancellationHandler {
            try await buffer.take()
        } onCancel: {
            buffer.cancelConsumer()
            engine.cancel(ticket)
        }
        if taken.resumeProducer {
            engine.resume(ticket)
        }
        return taken.chunk
    }

    /// The body as the `AsyncThrowingStream` that `HTTPStreamingResponse` carries.
    func makeStream() -> AsyncThrowingStream<Data, any Error> {
        AsyncThrowingStream(unfolding: { [self] in try await next() })
    }
}
