/// A `Clock` reduced to the time since the queue was made, so that the queue stores instants as
/// plain `Duration`s and is not generic over the clock's `Instant` type. Tests inject a manual
/// clock through it; production uses `ContinuousClock`.
struct WorkQueueClock: Sendable {
    /// The time since the clock was made.
    let now: @Sendable () -> Duration
    /// Sleeps until `now()` reaches the given time; throws `CancellationError` when cancelled.
    let sleep: @Sendable (_ until: Duration) async throws -> Void

    init<C: Clock>(_ clock: C) where C.Duration == Duration {
        let start = clock.now
        now = { start.duration(to: clock.now) }
        sleep = { try await clock.sleep(until: start.advanced(by: $0), tolerance: nil) }
    }
}
