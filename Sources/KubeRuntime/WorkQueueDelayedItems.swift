import HeapModule

/// The keys of a `WorkQueue` waiting for a deadline (`addAfter`, `addRateLimited`): each once,
/// at its earliest requested deadline, in a heap so the next deadline is found in O(log n).
///
/// A deadline moved earlier or a key removed leaves its old heap entry behind, recognised as
/// stale by its sequence number and dropped when it reaches the top; the heap is rebuilt when
/// stale entries outnumber current ones, so memory stays proportional to the keys waiting.
struct WorkQueueDelayedItems<Key: Hashable> {
    private struct Scheduled: Comparable {
        var deadline: Duration
        var sequence: Int
        var key: Key

        static func < (lhs: Scheduled, rhs: Scheduled) -> Bool {
            (lhs.deadline, lhs.sequence) < (rhs.deadline, rhs.sequence)
        }

        static func == (lhs: Scheduled, rhs: Scheduled) -> Bool { lhs.sequence == rhs.sequence }
    }

    private var heap = Heap<Scheduled>()
    /// The current entry of each waiting key.
    private var current: [Key: Scheduled] = [:]
    private var nextSequence = 0

    var count: Int { current.count }

    /// Schedules `key` at `deadline`, unless it is already due earlier.
    mutating func schedule(_ key: Key, at deadline: Duration) {
        if let existing = current[key], existing.deadline <= deadline { return }
        let entry = Scheduled(deadline: deadline, sequence: nextSequence, key: key)
        nextSequence += 1
        current[key] = entry
        heap.insert(entry)
        compactIfMostlyStale()
    }

    mutating func remove(_ key: Key) {
        current[key] = nil
    }

    /// The earliest deadline of a waiting key.
    mutating func earliestDeadline() -> Duration? {
        dropStaleTop()
        return heap.min?.deadline
    }

    /// A key whose deadline is at or before `now`, earliest first.
    mutating func popDue(at now: Duration) -> Key? {
        dropStaleTop()
        guard let top = heap.min, top.deadline <= now else { return nil }
        heap.removeMin()
        current[top.key] = nil
        return top.key
    }

    mutating func removeAll() {
        heap = Heap()
        current.removeAll()
    }

    private func isCurrent(_ entry: Scheduled) -> Bool {
        current[entry.key]?.sequence == entry.sequence
    }

    private mutating func dropStaleTop() {
        while let top = heap.min, !isCurrent(top) { heap.removeMin() }
    }

    private mutating func compactIfMostlyStale() {
        guard heap.count > 2 * current.count + 64 else { return }
        heap = Heap(current.values)
    }
}
