import KubeCore
import OrderedCollections
import Synchronization

/// Where informer handlers (synchronous) leave the keys to reconcile for the controller's one
/// pump task to move into the work queue (an actor). In order of first arrival, one entry per
/// key however many events name it — so it holds at most one entry per object, however fast
/// events come — and owned by the controller's run: nothing is left running after it.
final class EventIntake: Sendable {
    private let pending = Mutex(OrderedDictionary<ObjectKey, WorkQueuePriority>())
    private let signal: AsyncStream<Void>
    private let wake: AsyncStream<Void>.Continuation

    init() {
        // One buffered wake-up is enough: the pump takes everything pending each time.
        (signal, wake) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    }

    /// Keys waiting to be moved to the queue.
    var count: Int { pending.withLock { $0.count } }

    func add(_ key: ObjectKey, priority: WorkQueuePriority) {
        pending.withLock { pending in
            pending[key] = pending[key].map { $0.merged(with: priority) } ?? priority
        }
        wake.yield()
    }

    /// Moves pending keys into `queue`, oldest first, until the calling task is cancelled.
    func pump(into queue: WorkQueue<ObjectKey>) async {
        for await _ in signal {
            let batch = pending.withLock { pending in
                defer { pending.removeAll() }
                return pending
            }
            for (key, priority) in batch { await queue.add(key, priority: priority) }
        }
    }
}
