import Foundation

/// Exponential backoff with jitter, for retrying one operation that keeps failing: each delay is
/// `factor` times the previous one, from `initial` up to `maximum`.
///
/// The value is both the schedule and the count of failures so far. `next()` hands out the
/// next delay; `reset()` starts over. With `resetAfter` set, a failure that comes at least that
/// long after the previous delay ended starts over by itself: the operation was healthy in
/// between (a watch that streamed for minutes), so the old failures say nothing about the new
/// one. This is kube-rs's `ResetTimerBackoff`, and it spares the caller from tracking health.
public struct Backoff: Sendable {
    /// The first delay.
    public var initial: Duration
    /// No delay is longer than this, jitter included.
    public var maximum: Duration
    /// How much longer each delay is than the one before.
    public var factor: Double
    /// Each delay moves by up to this fraction of itself, up or down, at random, so that clients
    /// that failed together (every watcher, when the API server restarts) do not retry together.
    /// 0 makes the delays exact.
    public var jitter: Double
    /// A failure this long after the previous delay ended starts from `initial` again; nil: never.
    public var resetAfter: Duration?

    /// Delays handed out since the last reset.
    public private(set) var attempt = 0
    /// When the last delay handed out ends; the healthy time is measured from there.
    private var lastDelayEnd: ContinuousClock.Instant?

    public init(
        initial: Duration, maximum: Duration, factor: Double = 2, jitter: Double = 0.1, resetAfter: Duration? = nil
    ) {
        self.initial = initial
        self.maximum = maximum
        self.factor = factor
        self.jitter = jitter
        self.resetAfter = resetAfter
    }

    /// The watcher's reconnect backoff (kube-rs's schedule): 0.8 s doubling to 30 s, ±10 %, and
    /// back to 0.8 s after 2 minutes without a failure.
    public static let watcher = Backoff(
        initial: .milliseconds(800), maximum: .seconds(30), factor: 2, jitter: 0.1, resetAfter: .seconds(120))

    /// The delay before retry number `attempt + 1`, without jitter: `initial × factor^attempt`,
    /// at most `maximum`. Pure, so a caller keeping its own counts (a work queue, one per key)
    /// can use the schedule alone.
    public func delay(attempt: Int) -> Duration {
        guard initial > .zero else { return .zero }
        let scale = pow(factor, Double(max(0, attempt)))
        // Compared as a ratio first: `initial * scale` would overflow Duration for large attempts.
        return scale >= maximum / initial ? maximum : initial * scale
    }

    /// The next delay, with jitter from the system's random numbers.
    public mutating func next() -> Duration {
        var generator = SystemRandomNumberGenerator()
        return next(at: .now, using: &generator)
    }

    /// The next delay, as of `now`, with jitter from `generator` (tests pass a fixed one).
    public mutating func next<Generator: RandomNumberGenerator>(
        at now: ContinuousClock.Instant, using generator: inout Generator
    ) -> Duration {
        if let resetAfter, let lastDelayEnd, lastDelayEnd.advanced(by: resetAfter) <= now {
            attempt = 0
        }
        let base = delay(attempt: attempt)
        let spread = jitter > 0 ? Double.random(in: -jitter...jitter, using: &generator) : 0
        let delay = min(maximum, max(.zero, base * (1 + spread)))
        attempt += 1
        lastDelayEnd = now.advanced(by: delay)
        return delay
    }

    /// Starts over from `initial`: the operation succeeded.
    public mutating func reset() {
        attempt = 0
        lastDelayEnd = nil
    }
}
