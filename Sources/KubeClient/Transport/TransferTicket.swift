import Synchronization

/// Names one transfer across threads: the caller holds it to cancel or resume the transfer,
/// the engine keys its table by it. The cancelled flag covers the race where a task is
/// cancelled before its transfer reached the engine: the engine checks it when it starts one.
final class TransferTicket: Sendable {
    private let cancelled = Atomic<Bool>(false)

    var id: ObjectIdentifier { ObjectIdentifier(self) }

    var isCancelled: Bool { cancelled.load(ordering: .acquiring) }

    func markCancelled() {
        cancelled.store(true, ordering: .releasing)
    }
}
