import Foundation

/// The time KubeRuntime reads, injected once (into a `Manager`) and passed down, so that tests
/// drive every period, deadline and timestamp with a manual clock.
///
/// Two readings, because they answer different questions: `now()` is monotonic and measures
/// durations here (a lease's expiry, a renew deadline, how long a check has failed), where a
/// wall-clock step must not count; `date()` is wall time, for what other processes read (a
/// Lease's `renewTime`, an Event's timestamps). Monotonic instants are plain `Duration`s since
/// the clock was made, so holders are not generic over a `Clock`'s `Instant`.
public struct RuntimeClock: Sendable {
    /// Monotonic time since the clock was made.
    public let now: @Sendable () -> Duration
    /// Sleeps until `now()` reaches the given time; throws `CancellationError` when cancelled.
    public let sleepUntil: @Sendable (Duration) async throws -> Void
    /// Wall-clock time.
    public let date: @Sendable () -> Date

    /// - Parameters:
    ///   - clock: the monotonic clock; tests pass a manual one.
    ///   - date: wall time; by default the system's. A test with a manual `clock` passes one that
    ///     moves with it.
    public init<C: Clock>(_ clock: C, date: @escaping @Sendable () -> Date = { Date() }) where C.Duration == Duration {
        let start = clock.now
        now = { start.duration(to: clock.now) }
        sleepUntil = { try await clock.sleep(until: start.advanced(by: $0), tolerance: nil) }
        self.date = date
    }

    /// The system's clocks: `ContinuousClock` (which counts time asleep, as a lease's expiry
    /// must) and `Date()`.
    public static let system = RuntimeClock(ContinuousClock())

    /// Sleeps for `duration` from now; throws `CancellationError` when cancelled.
    public func sleep(for duration: Duration) async throws {
        try await sleepUntil(now() + duration)
    }
}
