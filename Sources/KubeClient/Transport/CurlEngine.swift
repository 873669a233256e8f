import CCurl
import Foundation
import Synchronization

/// One libcurl multi handle driven by one dedicated thread, serving any number of concurrent
/// transfers: plain requests and long-lived watches share its connection cache, and HTTP/2
/// connections are multiplexed.
///
/// Callers never block: they post commands (start, cancel, resume) to the inbox, which wakes
/// the thread with `curl_multi_wakeup`; results come back through continuations resumed on the
/// engine thread. The thread is not one of Swift's cooperative pool, so libcurl's blocking
/// `curl_multi_poll` costs the async runtime nothing.
///
/// The thread lives as long as the engine: `deinit` asks it to stop, and it fails whatever is
/// still in flight with `TransportError.Kind.shutDown` before freeing the multi handle.
final class CurlEngine: Sendable {
    /// A transfer waiting to be started on the engine thread, where its easy handle is made.
    struct Submission: Sendable {
        var request: HTTPRequest
        var settings: CurlTransport.Settings
        var ticket: TransferTicket
        var sink: CurlTransfer.Sink
    }

    /// Commands carry the ticket itself, not its identifier, so that it stays alive (and its
    /// identifier unique) until the engine thread has applied them.
    enum Command: Sendable {
        case start(Submission)
        case cancel(TransferTicket)
        case resume(TransferTicket)
    }

    /// Connections per host. Bounded so that a burst of requests does not open hundreds of
    /// sockets to the API server (the excess waits in libcurl's queue), yet large enough that
    /// long-lived watches, which each hold an HTTP/1.1 connection when HTTP/2 is not available,
    /// do not starve other requests. Over HTTP/2 everything multiplexes on a few connections.
    static let maxConnectionsPerHost = 64

    let inbox: Inbox

    /// Transfers on the multi handle, as of the engine thread's last turn (diagnostics).
    var activeTransferCount: Int { inbox.activeTransfers.load(ordering: .relaxed) }
    /// Of those, the ones paused because their consumer's buffer is full (diagnostics).
    var pausedTransferCount: Int { inbox.pausedTransfers.load(ordering: .relaxed) }

    init() throws(TransportError) {
        try CurlGlobal.initialize()
        guard let multi = curl_multi_init() else {
            throw TransportError(kind: .other, message: "curl_multi_init failed")
        }
        let options: [(CURLMoption, Int)] = [
            (CURLMOPT_PIPELINING, Int(CURLPIPE_MULTIPLEX)),
            (CURLMOPT_MAX_HOST_CONNECTIONS, Self.maxConnectionsPerHost),
        ]
        for (option, value) in options {
            let code = baton_curl_multi_setopt_long(multi, option, value)
            guard code == CURLM_OK else {
                curl_multi_cleanup(multi)
                throw TransportError(
                    kind: .other, message: "curl_multi_setopt(\(option.rawValue)): \(String(cString: curl_multi_strerror(code)))")
            }
        }
        let inbox = Inbox(multi: multi)
        self.inbox = inbox
        let thread = Thread {
            CurlEngineLoop(inbox: inbox).run()
        }
        thread.name = "baton-curl-engine"
        thread.start()
    }

    deinit {
        inbox.shutDown()
    }

    func start(_ submission: Submission) {
        if !inbox.post(.start(submission)) {
            submission.sink.fail(TransportError(kind: .shutDown, message: "the transport has shut down"))
        }
    }

    func cancel(_ ticket: TransferTicket) {
        ticket.markCancelled()
        _ = inbox.post(.cancel(ticket))
    }

    /// Unpauses a transfer whose stream buffer was drained.
    func resume(_ ticket: TransferTicket) {
        _ = inbox.post(.resume(ticket))
    }
}

extension CurlEngine {
    /// The commands waiting for the engine thread, and the multi handle it polls.
    final class Inbox: Sendable {
        private struct State {
            var commands: [Command] = []
            var shuttingDown = false
            var closed = false
        }

        private let state = Mutex(State())
        /// The engine thread owns the multi handle; other threads only call `curl_multi_wakeup`
        /// on it, which libcurl documents as thread-safe, and only under `state`'s lock while
        /// the handle is open, so a wakeup never races `curl_multi_cleanup`.
        nonisolated(unsafe) let multi: UnsafeMutableRawPointer
        let activeTransfers = Atomic<Int>(0)
        let pausedTransfers = Atomic<Int>(0)

        init(multi: UnsafeMutableRawPointer) {
            self.multi = multi
        }

        /// Queues a command and wakes the engine thread. False once the engine is shutting down.
        func post(_ command: Command) -> Bool {
            state.withLock { state in
                guard !state.shuttingDown else { return false }
                state.commands.append(command)
                curl_multi_wakeup(multi)
                return true
            }
        }

        func shutDown() {
            state.withLock { state in
                guard !state.closed else { return }
                state.shuttingDown = true
                curl_multi_wakeup(multi)
            }
        }

        /// Takes the queued commands (engine thread).
        func drain() -> (commands: [Command], shuttingDown: Bool) {
            state.withLock { state in
                defer { state.commands.removeAll() }
                return (state.commands, state.shuttingDown)
            }
        }

        /// Marks the multi handle closed before the engine thread frees it.
        func close() -> [Command] {
            state.withLock { state in
                state.closed = true
                state.shuttingDown = true
                defer { state.commands.removeAll() }
                return state.commands
            }
        }
    }
}
