import DequeModule

/// The queue between a controller's event handlers and its workers (client-go's rate-limited
/// delaying work queue, with priorities): handlers `add` the keys of objects that need a
/// reconcile, workers take them with `next()` and report with `done(_:)`.
///
/// Guarantees:
/// - **One pending run per key.** A key is waiting, delayed, or being processed (and then
///   possibly marked to run again); adding it again never makes a second copy. The earliest
///   request wins: `add` makes a delayed key ready now, `addAfter` leaves a ready key alone.
/// - **Never the same key to two workers.** A key added while a worker has it is marked dirty
///   and becomes ready again only at `done(_:)`, once however many times it was added.
/// - **Live before initial, without starvation.** See `WorkQueuePriority` and
///   `WorkQueueConfiguration.liveBurst`.
/// - **Per-key exponential retries.** `addRateLimited` delays a key by its failures so far;
///   `forget` (after a success) starts it over.
/// - **No polling.** One task sleeps until the earliest deadline of the delayed keys, and is
///   replaced only when an earlier deadline arrives.
///
/// Shutdown: `shutDown()` stops the queue at once (waiting and later `next()` calls return nil,
/// adds are ignored, keys not yet handed out are dropped — a new leader lists them again);
/// `drain()` then waits for the workers to finish what they hold.
public actor WorkQueue<Key: Hashable & Sendable> {
    private struct Waiter {
        var id: Int
        var continuation: CheckedContinuation<Key?, Never>
    }

    /// A key added while a worker had it: it runs again at `done`.
    private struct Dirty {
        var priority: WorkQueuePriority
        var addedAt: Duration
    }

    /// The task sleeping until the earliest delayed deadline.
    private struct DelayTimer {
        var id: Int
        var deadline: Duration
        var task: Task<Void, Never>
    }

    private let configuration: WorkQueueConfiguration
    private let metrics: WorkQueueMetrics?
    private let clock: RuntimeClock

    private var ready: WorkQueueReadyItems<Key>
    private var delayed = WorkQueueDelayedItems<Key>()
    /// The keys workers hold, with when each was handed out.
    private var processing: [Key: Duration] = [:]
    private var dirty: [Key: Dirty] = [:]
    /// `addRateLimited` calls per key since its last `forget`.
    private var failures: [Key: Int] = [:]
    private var waiters: Deque<Waiter> = []
    private var drainWaiters: [Int: CheckedContinuation<Void, Never>] = [:]
    private var timer: DelayTimer?
    private var nextID = 0
    private var isShutDown = false

    /// - Parameters:
    ///   - metrics: where to record depth, adds, latencies and retries; nil records nothing.
    ///   - clock: the time for delays and latencies; tests pass a manual clock.
    public init(
        configuration: WorkQueueConfiguration = WorkQueueConfiguration(), metrics: WorkQueueMetrics? = nil,
        clock: RuntimeClock = .system
    ) {
        self.configuration = configuration
        self.metrics = metrics
        self.clock = clock
        self.ready = WorkQueueReadyItems(liveBurst: configuration.liveBurst)
    }

    deinit {
        timer?.task.cancel()
    }

    // MARK: - State

    /// Keys waiting to be handed out, including those a worker holds that will run again.
    public var depth: Int { ready.count + dirty.count }

    /// Keys workers hold now.
    public var inFlight: Int { processing.count }

    /// How long the worker that has held its key longest has held it; nil when no worker holds
    /// one. A liveness check compares it with a threshold to tell a wedged reconcile.
    public var longestInFlight: Duration? {
        let now = clock.now()
        return processing.values.map { now - $0 }.max()
    }

    /// `addRateLimited` calls for `key` since it was last forgotten.
    public func retries(_ key: Key) -> Int { failures[key] ?? 0 }

    // MARK: - Adding

    /// Makes `key` ready now. A key already waiting stays in its place (raised to `.live` if
    /// this add is live); a key a worker holds runs again after its `done`.
    public func add(_ key: Key, priority: WorkQueuePriority = .live) {
        guard !isShutDown else { return }
        delayed.remove(key)
        enqueue(key, priority: priority)
    }

    /// Makes `key` ready after `delay` (a reconcile's `requeueAfter`), as `.live`: it was seen
    /// before and has waited its turn. Nothing changes if the key is already waiting, will run
    /// again after its worker is done, or is delayed until earlier.
    public func addAfter(_ key: Key, _ delay: Duration) {
        guard !isShutDown else { return }
        guard delay > .zero else { return add(key) }
        guard !ready.contains(key), dirty[key] == nil else { return }
        delayed.schedule(key, at: clock.now() + delay)
        scheduleTimer()
    }

    /// Makes `key` ready after its next retry delay: `configuration.retryBackoff` at the number
    /// of times this was called for it since `forget`, or `notBefore` if that is longer (the
    /// wait an overloaded API server asked for with `Retry-After`).
    public func addRateLimited(_ key: Key, notBefore minimum: Duration? = nil) {
        guard !isShutDown else { return }
        let attempt = failures[key, default: 0]
        failures[key] = attempt + 1
        metrics?.recordRetry()
        addAfter(key, max(configuration.retryBackoff.delay(attempt: attempt), minimum ?? .zero))
    }

    /// Clears `key`'s retry count: it succeeded (or no longer exists), so its next failure waits
    /// the shortest delay again. Call it for every key that is not retried, or the counts grow.
    public func forget(_ key: Key) {
        failures[key] = nil
    }

    // MARK: - Working

    /// The next key to work on, which belongs to the caller until it calls `done(_:)` with it.
    /// Waits until a key is ready; nil once the queue is shut down or the calling task is
    /// cancelled.
    public func next() async -> Key? {
        guard !isShutDown else { return nil }
        if let key = takeReady() { return key }
        let id = makeID()
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                if Task.isCancelled {
                    continuation.resume(returning: nil)
                } else {
                    waiters.append(Waiter(id: id, continuation: continuation))
                }
            }
        } onCancel: {
            Task { await self.cancelWaiter(id) }
        }
    }

    /// Ends the work on `key` that `next()` handed out. If it was added meanwhile, it is ready
    /// again now.
    public func done(_ key: Key) {
        guard let startedAt = processing.removeValue(forKey: key) else { return }
        metrics?.recordWorkDuration(clock.now() - startedAt)
        if let again = dirty.removeValue(forKey: key) {
            ready.insert(key, priority: again.priority, addedAt: again.addedAt)
            handOutReady()
        }
        recordDepth()
        if processing.isEmpty { finishDraining() }
    }

    /// Records client-go's stuck-worker gauges from the keys workers hold now: the seconds of
    /// work under way and not yet in `work_duration`, and the longest any worker has held its
    /// key. The controller calls it periodically, as client-go's queue does every 500 ms.
    public func recordUnfinishedWork() {
        let now = clock.now()
        let running = processing.values.map { now - $0 }
        metrics?.recordUnfinishedWork(total: running.reduce(.zero, +), longest: running.max() ?? .zero)
    }

    // MARK: - Shutdown

    /// Stops handing out keys: waiting and later `next()` calls return nil, adds are ignored,
    /// and the keys not yet handed out are dropped. Workers still call `done(_:)` for the keys
    /// they hold.
    public func shutDown() {
        guard !isShutDown else { return }
        isShutDown = true
        timer?.task.cancel()
        timer = nil
        ready.removeAll()
        delayed.removeAll()
        dirty.removeAll()
        recordDepth()
        while let waiter = waiters.popFirst() { waiter.continuation.resume(returning: nil) }
    }

    /// Waits until no worker holds a key (at once if none does). Call it after `shutDown()`, and
    /// bound it by cancelling the calling task (a manager's drain timeout): it then returns with
    /// keys possibly still in flight.
    public func drain() async {
        guard !processing.isEmpty else { return }
        let id = makeID()
        await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                if Task.isCancelled {
                    continuation.resume()
                } else {
                    drainWaiters[id] = continuation
                }
            }
        } onCancel: {
            Task { await self.cancelDrainWaiter(id) }
        }
    }

    // MARK: - Internals

    /// Puts `key` in line now, or marks it to run again if a worker holds it.
    private func enqueue(_ key: Key, priority: WorkQueuePriority) {
        let now = clock.now()
        if processing[key] != nil {
            if let existing = dirty[key] {
                dirty[key]?.priority = existing.priority.merged(with: priority)
            } else {
                dirty[key] = Dirty(priority: priority, addedAt: now)
                metrics?.recordAdd()
            }
        } else if ready.insert(key, priority: priority, addedAt: now) {
            metrics?.recordAdd()
            handOutReady()
        }
        recordDepth()
    }

    /// Takes the next ready key for a worker.
    private func takeReady() -> Key? {
        guard let (key, addedAt) = ready.popFirst() else { return nil }
        let now = clock.now()
        processing[key] = now
        metrics?.recordQueueDuration(now - addedAt)
        recordDepth()
        return key
    }

    /// Gives ready keys to waiting workers, first come first served.
    private func handOutReady() {
        while !waiters.isEmpty, let key = takeReady() {
            waiters.removeFirst().continuation.resume(returning: key)
        }
    }

    private func cancelWaiter(_ id: Int) {
        guard let index = waiters.firstIndex(where: { $0.id == id }) else { return }
        waiters.remove(at: index).continuation.resume(returning: nil)
    }

    private func cancelDrainWaiter(_ id: Int) {
        drainWaiters.removeValue(forKey: id)?.resume()
    }

    private func finishDraining() {
        let waiting = drainWaiters.values
        drainWaiters.removeAll()
        for continuation in waiting { continuation.resume() }
    }

    /// Makes sure a timer sleeps until the earliest delayed deadline, replacing one that sleeps
    /// longer.
    private func scheduleTimer() {
        guard let deadline = delayed.earliestDeadline() else {
            timer?.task.cancel()
            timer = nil
            return
        }
        if let timer, timer.deadline <= deadline { return }
        timer?.task.cancel()
        let id = makeID()
        let sleep = clock.sleepUntil
        // Weak, so a forgotten queue is not kept alive by its timer for up to `maximum` delay.
        timer = DelayTimer(
            id: id, deadline: deadline,
            task: Task { [weak self] in
                do { try await sleep(deadline) } catch { return }
                await self?.timerFired(id)
            })
    }

    /// Moves the keys whose deadline has come to the ready line, then sleeps until the next.
    private func timerFired(_ id: Int) {
        if timer?.id == id { timer = nil }
        let now = clock.now()
        while let key = delayed.popDue(at: now) {
            enqueue(key, priority: .live)
        }
        scheduleTimer()
    }

    private func recordDepth() {
        metrics?.recordDepth(depth)
    }

    private func makeID() -> Int {
        defer { nextID += 1 }
        return nextID
    }
}
