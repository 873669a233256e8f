/// How a `WorkQueue` schedules retries and shares out its two priorities. Each default is
/// given beside its field.
public struct WorkQueueConfiguration: Sendable {
    /// The delays of `addRateLimited`, counted per key: 5 ms doubling to 1000 s, without jitter
    /// (client-go's per-item default). Only the schedule is used (`Backoff.delay(attempt:)`);
    /// the queue keeps the count for each key until `forget`.
    public var retryBackoff: Backoff
    /// While `.initial` items wait, at most this many `.live` items are handed out in a row; the
    /// next one is the oldest initial item. So a steady stream of watch events slows the initial
    /// backlog to one item in `liveBurst + 1` but never stops it. Default 4; 0 (or less) hands
    /// out initial items first.
    public var liveBurst: Int

    public init(
        retryBackoff: Backoff = Backoff(initial: .milliseconds(5), maximum: .seconds(1000), factor: 2, jitter: 0),
        liveBurst: Int = 4
    ) {
        self.retryBackoff = retryBackoff
        self.liveBurst = liveBurst
    }
}
