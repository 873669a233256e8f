import Foundation
import Synchronization

/// The chunks of a streamed response body between the engine thread (which offers them as
/// libcurl delivers them) and the consuming task (which takes them one at a time).
///
/// Backpressure: the engine thread must never wait for a consumer, so a full buffer does not
/// block it. Instead `offer` refuses the chunk, the transfer returns `CURL_WRITEFUNC_PAUSE`
/// (libcurl keeps the chunk and stops reading that socket, so TCP flow control pushes back to
/// the server), and once the consumer has drained the buffer to `lowWater` `take` reports that
/// the transfer should be unpaused. Other transfers on the engine are unaffected.
final class StreamBodyBuffer: Sendable {
    /// Bytes buffered before the transfer is paused. Generous, because one watch event can
    /// carry an object of up to ~1.5 MB (etcd's request limit) and stalling mid-event buys
    /// nothing.
    let highWater: Int
    /// Bytes left when the paused transfer is resumed.
    let lowWater: Int

    private struct State {
        var chunks: [Data] = []
        /// Index of the next chunk to hand out; the array is compacted as it is drained.
        var head = 0
        var bufferedBytes = 0
        var producerPaused = false
        var end: Result<Void, any Error>?
        var consumerCancelled = false
        var waiter: CheckedContinuation<Taken, any Error>?
    }

    private let state = Mutex(State())

    init(highWater: Int = 4 << 20, lowWater: Int = 1 << 20) {
        precondition(lowWater < highWater, "the buffer resumes below the level at which it pauses")
        self.highWater = highWater
        self.lowWater = lowWater
    }

    // MARK: Producer (engine thread)

    /// Hands a chunk to a waiting consumer or buffers it. Returns false when the buffer is full:
    /// the chunk was not taken and the transfer must pause until `take` says to resume.
    func offer(_ chunk: Data) -> Bool {
        let (waiter, accepted): (CheckedContinuation<Taken, any Error>?, Bool) = state.withLock { state in
            if state.consumerCancelled || state.end != nil {
                return (nil, true)  // nobody will read it; the transfer is being torn down
            }
            if let waiter = state.waiter {
                state.waiter = nil
                return (waiter, true)
            }
            if state.bufferedBytes >= highWater {
                state.producerPaused = true
                return (nil, false)
            }
            state.chunks.append(chunk)
            state.bufferedBytes += chunk.count
            return (nil, true)
        }
        waiter?.resume(returning: Taken(chunk: chunk, resumeProducer: false))
        return accepted
    }

    /// Ends the body: normally (`error == nil`) or with an error, delivered after the chunks
    /// already buffered.
    func finish(throwing error: (any Error)?) {
        let waiter: CheckedContinuation<Taken, any Error>? = state.withLock { state in
            guard state.end == nil else { return nil }
            state.end = error.map { .failure($0) } ?? .success(())
            defer { state.waiter = nil }
            return state.waiter
        }
        if let error {
            waiter?.resume(throwing: error)
        } else {
            waiter?.resume(returning: Taken(chunk: nil, resumeProducer: false))
        }
    }

    // MARK: Consumer

    /// One result of `take`.
    struct Taken {
        /// The next chunk; nil at the end of the body.
        var chunk: Data?
        /// True when this take drained a paused transfer's buffer to `lowWater`: the caller
        /// must have the engine resume the transfer.
        var resumeProducer: Bool
    }

    private enum Immediate {
        case taken(Taken)
        case failed(any Error)
        case wait
    }

    /// The next chunk; throws the transfer's error, or `CancellationError` once
    /// `cancelConsumer` was called.
    func take() async throws -> Taken {
        switch state.withLock({ takeLocked(&$0) }) {
        case .taken(let taken):
            return taken
        case .failed(let error):
            throw error
        case .wait:
            return try await withCheckedThrowingContinuation { continuation in
                // Look again under the lock: a chunk or the end may have arrived meanwhile.
                let immediate: Immediate = state.withLock { state in
                    let immediate = takeLocked(&state)
                    if case .wait = immediate { state.waiter = continuation }
                    return immediate
                }
                switch immediate {
                case .taken(let taken): continuation.resume(returning: taken)
                case .failed(let error): continuation.resume(throwing: error)
                case .wait: break
                }
            }
        }
    }

    private func takeLocked(_ state: inout State) -> Immediate {
        if state.consumerCancelled { return .failed(CancellationError()) }
        if state.head < state.chunks.count {
            let chunk = state.chunks[state.head]
            state.head += 1
            state.bufferedBytes -= chunk.count
            if state.head == state.chunks.count {
                state.chunks.removeAll(keepingCapacity: true)
                state.head = 0
            } else if state.head >= 64 && state.head * 2 >= state.chunks.count {
                state.chunks.removeFirst(state.head)
                state.head = 0
            }
            let resume = state.producerPaused && state.bufferedBytes <= lowWater
            if resume { state.producerPaused = false }
            return .taken(Taken(chunk: chunk, resumeProducer: resume))
        }
        switch state.end {
        case .success: return .taken(Taken(chunk: nil, resumeProducer: false))
        case .failure(let error): return .failed(error)
        case nil: return .wait
        }
    }

    /// The consumer stopped (its task was cancelled): a waiting `take` throws
    /// `CancellationError`, and so does every later one.
    func cancelConsumer() {
        let waiter: CheckedContinuation<Taken, any Error>? = state.withLock { state in
            state.consumerCancelled = true
            defer { state.waiter = nil }
            return state.waiter
        }
        waiter?.resume(throwing: CancellationError())
    }
}
