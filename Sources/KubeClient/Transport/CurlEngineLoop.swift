import CCurl
import Foundation

/// The engine thread's side of a `CurlEngine`: it owns the multi handle and every transfer on
/// it, and is touched by no other thread (hence not Sendable; it is created on the thread).
///
/// Each turn: apply posted commands, let libcurl do its work (`curl_multi_perform`, which runs
/// the transfers' callbacks), hand finished transfers their results (`curl_multi_info_read`),
/// then sleep in `curl_multi_poll` until a socket is ready, one of libcurl's timers is due, or
/// `curl_multi_wakeup` signals a new command.
final class CurlEngineLoop {
    private let inbox: CurlEngine.Inbox
    private let multi: UnsafeMutableRawPointer
    /// The transfers on the multi handle, by ticket. This table owns them: libcurl's callbacks
    /// reach them through unretained pointers, which stay valid while they are in it.
    private var transfers: [ObjectIdentifier: CurlTransfer] = [:]

    /// The longest poll: libcurl returns sooner for its own timers, and a wakeup ends it at
    /// once, so this is only a safety net.
    private static let pollTimeoutMilliseconds: Int32 = 1000

    init(inbox: CurlEngine.Inbox) {
        self.inbox = inbox
        self.multi = inbox.multi
    }

    func run() {
        while true {
            let (commands, shuttingDown) = inbox.drain()
            if shuttingDown {
                stop(unapplied: commands)
                return
            }
            for command in commands {
                apply(command)
            }
            var running: Int32 = 0
            _ = curl_multi_perform(multi, &running)
            collectFinished()
            publishCounts()
            _ = curl_multi_poll(multi, nil, 0, Self.pollTimeoutMilliseconds, nil)
        }
    }

    private func apply(_ command: CurlEngine.Command) {
        switch command {
        case .start(let submission):
            start(submission)
        case .cancel(let ticket):
            guard let transfer = transfers.removeValue(forKey: ticket.id) else { return }
            curl_multi_remove_handle(multi, transfer.easy)
            transfer.finish(.failure(CancellationError()))
        case .resume(let ticket):
            transfers[ticket.id]?.unpause()
        }
    }

    private func start(_ submission: CurlEngine.Submission) {
        if submission.ticket.isCancelled {
            submission.sink.fail(CancellationError())
            return
        }
        let transfer: CurlTransfer
        do {
            transfer = try CurlTransfer(submission)
        } catch {
            submission.sink.fail(error)
            return
        }
        let code = curl_multi_add_handle(multi, transfer.easy)
        guard code == CURLM_OK else {
            transfer.finish(
                .failure(TransportError(kind: .other, message: "curl_multi_add_handle: \(String(cString: curl_multi_strerror(code)))")))
            return
        }
        transfers[submission.ticket.id] = transfer
    }

    private func collectFinished() {
        var remaining: Int32 = 0
        while let message = curl_multi_info_read(multi, &remaining) {
            // Read everything needed first: the message is invalid once its handle is removed.
            guard message.pointee.msg == CURLMSG_DONE, let easy = message.pointee.easy_handle else { continue }
            let result = message.pointee.data.result
            guard let transfer = CurlTransfer.owning(easy),
                transfers.removeValue(forKey: transfer.ticket.id) != nil
            else { continue }
            curl_multi_remove_handle(multi, easy)
            transfer.finish(result == CURLE_OK ? .success(()) : .failure(transfer.error(for: result)))
        }
    }

    private func publishCounts() {
        inbox.activeTransfers.store(transfers.count, ordering: .relaxed)
        inbox.pausedTransfers.store(transfers.values.count { $0.isPaused }, ordering: .relaxed)
    }

    /// Fails what is still in flight or queued, then frees the multi handle.
    private func stop(unapplied: [CurlEngine.Command]) {
        let shutDown = TransportError(kind: .shutDown, message: "the transport has shut down")
        for transfer in transfers.values {
            curl_multi_remove_handle(multi, transfer.easy)
            transfer.finish(.failure(shutDown))
        }
        transfers.removeAll()
        publishCounts()
        for case .start(let submission) in unapplied + inbox.close() {
            submission.sink.fail(shutDown)
        }
        curl_multi_cleanup(multi)
    }
}
