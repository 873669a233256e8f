/// Client-side QPS/burst limiting: a token bucket holding up to `burst` tokens, refilled at
/// `qps` per second; each request takes one. Callers that find it empty reserve a token from
/// the future and sleep until it is due, so they are served in arrival order and the long-run
/// rate never exceeds `qps`. The clock is injected so tests control time.
actor RateLimiter<C: Clock> where C.Duration == Duration {
    let qps: Double
    let burst: Int
    private let clock: C
    /// Tokens available at `updated`; negative when callers have reserved ahead.
    private var tokens: Double
    private var updated: C.Instant

    /// `qps` must be positive and finite; `burst` below 1 is taken as 1.
    init(qps: Double, burst: Int, clock: C) {
        precondition(qps > 0 && qps.isFinite, "RateLimiter needs a positive, finite qps")
        self.qps = qps
        self.burst = max(1, burst)
        self.clock = clock
        self.tokens = Double(self.burst)
        self.updated = clock.now
    }

    /// Waits until the caller may send one request. Throws `CancellationError` when the task is
    /// cancelled while waiting, and gives its reservation back.
    func acquire() async throws {
        let now = clock.now
        refill(at: now)
        tokens -= 1
        guard tokens < 0 else { return }
        let wait = Duration.seconds(-tokens / qps)
        do {
            try await clock.sleep(until: now.advanced(by: wait), tolerance: nil)
        } catch {
            tokens += 1
            throw error
        }
    }

    private func refill(at now: C.Instant) {
        let elapsed = updated.duration(to: now)
        guard elapsed > .zero else { return }
        tokens = min(Double(burst), tokens + elapsed.timeInterval * qps)
        updated = now
    }
}
