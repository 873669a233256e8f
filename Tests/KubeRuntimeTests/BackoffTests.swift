import TestSupport
import Testing

@testable import KubeRuntime

@Suite struct BackoffTests {
    @Test func delaysDoubleFromInitialUpToMaximum() {
        var backoff = Backoff(initial: .milliseconds(100), maximum: .seconds(1), jitter: 0)
        let delays = (0..<6).map { _ in backoff.next() }
        #expect(
            delays == [
                .milliseconds(100), .milliseconds(200), .milliseconds(400), .milliseconds(800), .seconds(1),
                .seconds(1),
            ])
        #expect(backoff.attempt == 6)
    }

    @Test func theScheduleStaysAtTheMaximumForHugeAttempts() {
        let backoff = Backoff(initial: .milliseconds(5), maximum: .seconds(1000), jitter: 0)
        #expect(backoff.delay(attempt: 0) == .milliseconds(5))
        #expect(backoff.delay(attempt: 3) == .milliseconds(40))
        #expect(backoff.delay(attempt: 17) == .milliseconds(655_360))
        #expect(backoff.delay(attempt: 18) == .seconds(1000))
        #expect(backoff.delay(attempt: 5_000) == .seconds(1000))
    }

    @Test func jitterMovesEachDelayWithinItsFractionAndNeverPastTheMaximum() {
        var backoff = Backoff(initial: .seconds(1), maximum: .seconds(6), jitter: 0.5)
        var random = SeededRandomNumberGenerator(seed: 42)
        var delays: [Duration] = []
        for attempt in 0..<8 {
            let base = backoff.delay(attempt: attempt)
            let delay = backoff.next(at: .now, using: &random)
            #expect(delay >= base * 0.5 && delay <= min(base * 1.5, .seconds(6)), "attempt \(attempt): \(delay)")
            delays.append(delay)
        }
        #expect(Set(delays).count > 4, "the delays should differ: \(delays)")
    }

    @Test func theSameSeedGivesTheSameDelays() {
        func delays() -> [Duration] {
            var backoff = Backoff(initial: .milliseconds(800), maximum: .seconds(30))
            var random = SeededRandomNumberGenerator(seed: 7)
            let now = ContinuousClock.now
            return (0..<5).map { _ in backoff.next(at: now, using: &random) }
        }
        #expect(delays() == delays())
    }

    @Test func systemJitterStaysInRange() {
        var backoff = Backoff(initial: .seconds(1), maximum: .seconds(100), jitter: 0.25)
        for attempt in 0..<6 {
            let base = backoff.delay(attempt: attempt)
            let delay = backoff.next()
            #expect(delay >= base * 0.75 && delay <= base * 1.25)
        }
    }

    @Test func resetStartsOver() {
        var backoff = Backoff(initial: .milliseconds(10), maximum: .seconds(1), jitter: 0)
        _ = backoff.next()
        _ = backoff.next()
        backoff.reset()
        #expect(backoff.attempt == 0)
        #expect(backoff.next() == .milliseconds(10))
    }

    @Test func aFailureLongAfterTheLastDelayStartsOver() {
        var backoff = Backoff(initial: .seconds(1), maximum: .seconds(30), jitter: 0, resetAfter: .seconds(120))
        var random = SeededRandomNumberGenerator(seed: 1)
        let start = ContinuousClock.now
        #expect(backoff.next(at: start, using: &random) == .seconds(1))
        // 1 s of delay, then 119 s healthy: not yet long enough.
        #expect(backoff.next(at: start + .seconds(120), using: &random) == .seconds(2))
        // That delay ended at 122 s; healthy from then until 242 s.
        #expect(backoff.next(at: start + .seconds(242), using: &random) == .seconds(1))
        #expect(backoff.attempt == 1)
    }

    @Test func theWatcherDefaultsAreKubeRss() {
        let watcher = Backoff.watcher
        #expect(watcher.initial == .milliseconds(800))
        #expect(watcher.maximum == .seconds(30))
        #expect(watcher.factor == 2)
        #expect(watcher.jitter > 0)
        #expect(watcher.resetAfter == .seconds(120))
    }
}
