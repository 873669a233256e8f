/// Which line a key waits in. Live events go first, since an object someone just changed is
/// what a user is waiting on; the initial list and resyncs only confirm that objects already
/// seen are still converged. `WorkQueueConfiguration.liveBurst` keeps initial items moving.
public enum WorkQueuePriority: Sendable, Hashable {
    /// A watch event: an object changed now.
    case live
    /// The initial list (or a resync) enqueueing every object it found.
    case initial

    /// The priority of a key added twice: live if either add was.
    func merged(with other: WorkQueuePriority) -> WorkQueuePriority {
        self == .live || other == .live ? .live : .initial
    }
}
