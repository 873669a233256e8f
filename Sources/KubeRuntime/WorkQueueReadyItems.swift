import DequeModule

/// The keys of a `WorkQueue` that are ready to be handed out: each at most once, in two FIFO
/// lines by priority, with the live line yielding to the initial one every `liveBurst + 1`
/// items (see `WorkQueueConfiguration.liveBurst`).
///
/// Raising a waiting key from initial to live appends it to the live line and leaves its old
/// place behind as a stale ticket, skipped when reached: O(1) instead of searching the line.
struct WorkQueueReadyItems<Key: Hashable> {
    private struct Entry {
        var priority: WorkQueuePriority
        /// When the key was first added, for the time-in-queue metric.
        var addedAt: Duration
        /// Matches the one place in the lines that is current.
        var ticket: Int
    }

    private struct Ticket {
        var key: Key
        var number: Int
    }

    private let liveBurst: Int
    private var entries: [Key: Entry] = [:]
    private var live: Deque<Ticket> = []
    private var initial: Deque<Ticket> = []
    private var initialCount = 0
    private var livePopsInARow = 0
    private var nextTicket = 0

    init(liveBurst: Int) {
        self.liveBurst = liveBurst
    }

    var count: Int { entries.count }

    func contains(_ key: Key) -> Bool { entries[key] != nil }

    /// Adds `key`, or raises it to `.live` if it waits as `.initial`. Returns whether it was
    /// not waiting before.
    @discardableResult
    mutating func insert(_ key: Key, priority: WorkQueuePriority, addedAt: Duration) -> Bool {
        if let entry = entries[key] {
            if entry.priority == .initial, priority == .live {
                initialCount -= 1
                entries[key] = Entry(priority: .live, addedAt: entry.addedAt, ticket: append(key, to: .live))
            }
            return false
        }
        if priority == .initial { initialCount += 1 }
        entries[key] = Entry(priority: priority, addedAt: addedAt, ticket: append(key, to: priority))
        return true
    }

    /// The next key to hand out, and when it was added.
    mutating func popFirst() -> (key: Key, addedAt: Duration)? {
        let liveCount = entries.count - initialCount
        guard liveCount + initialCount > 0 else { return nil }
        let takeInitial = initialCount > 0 && (liveCount == 0 || livePopsInARow >= liveBurst)
        if takeInitial {
            livePopsInARow = 0
            initialCount -= 1
        } else if initialCount > 0 {
            livePopsInARow += 1
        }
        return popCurrent(takeInitial ? .initial : .live)
    }

    mutating func removeAll() {
        entries.removeAll()
        live.removeAll()
        initial.removeAll()
        initialCount = 0
        livePopsInARow = 0
    }

    private mutating func append(_ key: Key, to priority: WorkQueuePriority) -> Int {
        let ticket = Ticket(key: key, number: nextTicket)
        nextTicket += 1
        switch priority {
        case .live: live.append(ticket)
        case .initial: initial.append(ticket)
        }
        return ticket.number
    }

    /// The first key of a line whose ticket is current, dropping stale tickets on the way.
    private mutating func popCurrent(_ priority: WorkQueuePriority) -> (key: Key, addedAt: Duration)? {
        while let ticket = priority == .live ? live.popFirst() : initial.popFirst() {
            guard let entry = entries[ticket.key], entry.ticket == ticket.number else { continue }
            entries[ticket.key] = nil
            return (ticket.key, entry.addedAt)
        }
        return nil
    }
}
