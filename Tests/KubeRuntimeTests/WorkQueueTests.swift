import TestSupport
import Synchronization
import Testing

@testable import KubeRuntime

@Suite(.timeLimit(.minutes(1))) struct WorkQueueTests {
    private let clock = ManualClock()

    private func makeQueue(liveBurst: Int = 4) -> WorkQueue<String> {
        WorkQueue(configuration: WorkQueueConfiguration(liveBurst: liveBurst), clock: RuntimeClock(clock))
    }

    /// Takes `count` keys, marking each done at once.
    private func drainKeys(_ queue: WorkQueue<String>, _ count: Int) async -> [String] {
        var keys: [String] = []
        for _ in 0..<count {
            guard let key = await queue.next() else { break }
            keys.append(key)
            await queue.done(key)
        }
        return keys
    }

    // MARK: - De-duplication and exclusivity

    @Test func aKeyAddedTwiceWaitsOnce() async {
        let queue = makeQueue()
        await queue.add("a")
        await queue.add("b")
        await queue.add("a")
        #expect(await queue.depth == 2)
        #expect(await drainKeys(queue, 2) == ["a", "b"])
        #expect(await queue.depth == 0)
    }

    @Test func aKeyBeingProcessedIsNotHandedToASecondWorker() async {
        let queue = makeQueue()
        await queue.add("a")
        #expect(await queue.next() == "a")
        await queue.add("a")
        await queue.add("b")
        #expect(await queue.next() == "b")
        #expect(await queue.inFlight == 2)
        #expect(await queue.depth == 1)
        await queue.done("b")
        await queue.done("a")
        #expect(await queue.next() == "a")
    }

    @Test func keysAddedWhileProcessingRunOnceMoreAfterDone() async {
        let queue = makeQueue()
        await queue.add("a")
        #expect(await queue.next() == "a")
        for _ in 0..<3 { await queue.add("a") }
        #expect(await queue.depth == 1)
        await queue.done("a")
        #expect(await queue.depth == 1)
        #expect(await queue.next() == "a")
        await queue.done("a")
        #expect(await queue.depth == 0)
        #expect(await queue.inFlight == 0)
    }

    @Test func aWaitingWorkerGetsTheNextAdd() async {
        let queue = makeQueue()
        async let key = queue.next()
        await queue.add("a")
        #expect(await key == "a")
    }

    @Test func manyWorkersShareTheKeysWithoutOverlap() async {
        let queue = makeQueue()
        let keys = (0..<50).map { "key-\($0)" }
        let holders = Holders()
        let seen = await withTaskGroup(of: [String].self) { group in
            for _ in 0..<4 {
                group.addTask {
                    var mine: [String] = []
                    while let key = await queue.next() {
                        holders.take(key)
                        mine.append(key)
                        await Task.yield()
                        holders.release(key)
                        await queue.done(key)
                    }
                    return mine
                }
            }
            for key in keys {
                await queue.add(key)
                if key.hasSuffix("0") { await queue.add("key-0") }
            }
            while await queue.depth + queue.inFlight > 0 { await Task.yield() }
            await queue.shutDown()
            return await group.reduce(into: []) { $0 += $1 }
        }
        #expect(holders.overlaps == 0)
        #expect(Set(seen) == Set(keys))
    }

    // MARK: - Priorities

    @Test func liveKeysGoAheadOfInitialOnes() async {
        let queue = makeQueue()
        await queue.add("i1", priority: .initial)
        await queue.add("i2", priority: .initial)
        await queue.add("l1")
        await queue.add("l2")
        #expect(await drainKeys(queue, 4) == ["l1", "l2", "i1", "i2"])
    }

    @Test func aLiveAddRaisesAWaitingInitialKey() async {
        let queue = makeQueue()
        await queue.add("i1", priority: .initial)
        await queue.add("i2", priority: .initial)
        await queue.add("i2")
        await queue.add("l1", priority: .live)
        #expect(await queue.depth == 3)
        #expect(await drainKeys(queue, 3) == ["i2", "l1", "i1"])
    }

    @Test func anInitialAddDoesNotLowerALiveKey() async {
        let queue = makeQueue()
        await queue.add("i1", priority: .initial)
        await queue.add("l1")
        await queue.add("l1", priority: .initial)
        #expect(await drainKeys(queue, 2) == ["l1", "i1"])
    }

    @Test func initialKeysAgeInAfterABurstOfLiveOnes() async {
        let queue = makeQueue(liveBurst: 2)
        await queue.add("i1", priority: .initial)
        await queue.add("i2", priority: .initial)
        for index in 1...6 { await queue.add("l\(index)") }
        #expect(await drainKeys(queue, 8) == ["l1", "l2", "i1", "l3", "l4", "i2", "l5", "l6"])
    }

    @Test func aKeyReaddedWhileProcessingKeepsTheHigherPriority() async {
        let queue = makeQueue(liveBurst: 0)
        await queue.add("a")
        #expect(await queue.next() == "a")
        await queue.add("a", priority: .initial)
        await queue.add("a", priority: .live)
        await queue.add("i1", priority: .initial)
        await queue.done("a")
        // With liveBurst 0 initial keys go first, so "a" coming second shows it is live.
        #expect(await drainKeys(queue, 2) == ["i1", "a"])
    }

    // MARK: - Delays and retries

    @Test func addAfterWaitsForItsDelay() async throws {
        let queue = makeQueue()
        await queue.addAfter("a", .seconds(5))
        try await clock.waitForSleepers(1)
        #expect(await queue.depth == 0)
        clock.advance(by: .seconds(4))
        #expect(await queue.depth == 0)
        clock.advance(by: .seconds(1))
        #expect(await queue.next() == "a")
    }

    @Test func delayedKeysComeOutInDeadlineOrderWithOneTimer() async throws {
        let queue = makeQueue()
        await queue.addAfter("late", .seconds(10))
        await queue.addAfter("soon", .seconds(2))
        await queue.addAfter("middle", .seconds(5))
        try await clock.waitForSleepers(1)
        // The 10 s timer was replaced by a 2 s one; no timer per key.
        #expect(clock.sleepingDeadlines == [ManualClock.Instant(offset: .seconds(2))])
        clock.advance(by: .seconds(2))
        #expect(await queue.next() == "soon")
        try await clock.waitForSleepers(1)
        clock.advance(by: .seconds(8))
        #expect(await drainKeys(queue, 2) == ["middle", "late"])
    }

    @Test func anEarlierDeadlineWinsAndALaterOneIsIgnored() async throws {
        let queue = makeQueue()
        await queue.addAfter("a", .seconds(10))
        await queue.addAfter("a", .seconds(3))
        await queue.addAfter("a", .seconds(7))
        try await clock.waitForSleepers(1)
        clock.advance(by: .seconds(3))
        #expect(await queue.next() == "a")
        await queue.done("a")
        clock.advance(by: .seconds(10))
        #expect(await queue.depth == 0)
    }

    @Test func addMakesADelayedKeyReadyNowAndOnlyOnce() async throws {
        let queue = makeQueue()
        await queue.addAfter("a", .seconds(5))
        await queue.add("a")
        #expect(await queue.next() == "a")
        await queue.done("a")
        clock.advance(by: .seconds(5))
        // Give a (wrongly) surviving timer the chance to add "a" again.
        try await Task.sleep(for: .milliseconds(20))
        #expect(await queue.depth == 0)
    }

    @Test func addAfterLeavesAWaitingKeyAlone() async {
        let queue = makeQueue()
        await queue.add("a")
        await queue.addAfter("a", .seconds(5))
        #expect(clock.sleepingDeadlines.isEmpty)
        #expect(await queue.next() == "a")
    }

    @Test func addAfterWhileProcessingRunsTheKeyLater() async throws {
        let queue = makeQueue()
        await queue.add("a")
        #expect(await queue.next() == "a")
        await queue.addAfter("a", .seconds(1))
        await queue.done("a")
        #expect(await queue.depth == 0)
        try await clock.waitForSleepers(1)
        clock.advance(by: .seconds(1))
        #expect(await queue.next() == "a")
    }

    @Test func rateLimitedRetriesBackOffPerKeyUntilForgotten() async throws {
        let queue = makeQueue()
        var expected: [Duration] = []
        for attempt in 0..<4 {
            await queue.addRateLimited("a")
            try await clock.waitForSleepers(1)
            expected.append(clock.sleepingDeadlines[0].offset - clock.now.offset)
            clock.advance(by: .milliseconds(5) * (1 << attempt))
            #expect(await queue.next() == "a")
            await queue.done("a")
        }
        #expect(expected == [.milliseconds(5), .milliseconds(10), .milliseconds(20), .milliseconds(40)])
        #expect(await queue.retries("a") == 4)
        #expect(await queue.retries("b") == 0)
        await queue.forget("a")
        #expect(await queue.retries("a") == 0)
        await queue.addRateLimited("a")
        try await clock.waitForSleepers(1)
        #expect(clock.sleepingDeadlines == [clock.now.advanced(by: .milliseconds(5))])
    }

    /// An API server's `Retry-After` longer than the backoff is honoured; a shorter one does
    /// not shorten the backoff.
    @Test func aServersRetryAfterIsTheLeastDelay() async throws {
        let queue = makeQueue()
        await queue.addRateLimited("a", notBefore: .seconds(1))
        try await clock.waitForSleepers(1)
        #expect(clock.sleepingDeadlines == [clock.now.advanced(by: .seconds(1))])
        clock.advance(by: .seconds(1))
        #expect(await queue.next() == "a")
        await queue.done("a")
        await queue.addRateLimited("a", notBefore: .milliseconds(1))
        try await clock.waitForSleepers(1)
        #expect(clock.sleepingDeadlines == [clock.now.advanced(by: .milliseconds(10))], "the second failure's backoff")
    }

    @Test func realTimeDelaysAreNotEarly() async {
        let queue = WorkQueue<String>()
        let start = ContinuousClock.now
        await queue.addAfter("a", .milliseconds(50))
        #expect(await queue.next() == "a")
        #expect(ContinuousClock.now - start >= .milliseconds(50))
    }

    // MARK: - Shutdown

    @Test func shutDownReturnsNilToWaitingAndLaterWorkers() async {
        let queue = makeQueue()
        let waiting = Task { await queue.next() }
        await queue.shutDown()
        #expect(await waiting.value == nil)
        await queue.add("a")
        #expect(await queue.next() == nil)
        #expect(await queue.depth == 0)
    }

    @Test func shutDownDropsWaitingAndDelayedKeys() async {
        let queue = makeQueue()
        await queue.add("a")
        await queue.addAfter("b", .seconds(1))
        await queue.shutDown()
        #expect(await queue.next() == nil)
        #expect(await queue.depth == 0)
    }

    @Test func drainWaitsForKeysInFlight() async throws {
        let queue = makeQueue()
        await queue.add("a")
        await queue.add("b")
        #expect(await queue.next() == "a")
        await queue.shutDown()
        let drained = Task {
            await queue.drain()
            return await queue.inFlight
        }
        try await Task.sleep(for: .milliseconds(20))
        await queue.done("a")
        #expect(await drained.value == 0)
    }

    @Test func drainReturnsAtOnceWhenNothingIsInFlight() async {
        let queue = makeQueue()
        await queue.shutDown()
        await queue.drain()
    }

    @Test func cancellingDrainBoundsIt() async {
        let queue = makeQueue()
        await queue.add("a")
        #expect(await queue.next() == "a")
        await queue.shutDown()
        let drained = Task { await queue.drain() }
        drained.cancel()
        await drained.value
        #expect(await queue.inFlight == 1)
    }

    // MARK: - Liveness

    @Test func longestInFlightIsTheOldestKeyAWorkerHolds() async {
        let queue = makeQueue()
        #expect(await queue.longestInFlight == nil)
        await queue.add("a")
        await queue.add("b")
        #expect(await queue.next() == "a")
        clock.advance(by: .seconds(5))
        #expect(await queue.next() == "b")
        clock.advance(by: .seconds(2))
        #expect(await queue.longestInFlight == .seconds(7))
        await queue.done("a")
        #expect(await queue.longestInFlight == .seconds(2))
        await queue.done("b")
        #expect(await queue.longestInFlight == nil)
    }

    @Test func aCancelledWorkerReturnsNilAndTakesNoKey() async {
        let queue = makeQueue()
        let worker = Task { await queue.next() }
        worker.cancel()
        #expect(await worker.value == nil)
        await queue.add("a")
        #expect(await queue.next() == "a")
    }
}

/// The keys workers hold, counting any key taken while another worker held it.
private final class Holders: Sendable {
    private let state = Mutex((held: Set<String>(), overlaps: 0))

    var overlaps: Int { state.withLock { $0.overlaps } }

    func take(_ key: String) {
        state.withLock { state in
            if !state.held.insert(key).inserted { state.overlaps += 1 }
        }
    }

    func release(_ key: String) {
        state.withLock { _ = $0.held.remove(key) }
    }
}
