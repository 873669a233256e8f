/// How a `Manager` runs its controllers; every default is written here, beside its field.
public struct ManagerConfiguration: Sendable {
    /// Watch one namespace; nil (the default) watches all.
    public var namespace: String?
    /// Leader election; nil (the default) runs the controllers at once, as a single replica should.
    public var leaderElection: LeaderElectionConfiguration?
    /// How long a shutdown waits for in-flight reconciles before cancelling them. Default 30 s.
    public var gracefulShutdownTimeout: Duration = .seconds(30)
    /// The informers' list page size, watch timeouts and backoff.
    public var watcher = WatcherConfiguration()
    /// How often every cached object is handed to its controllers again, changed or not: a
    /// safety net for what no watch event shows (level-triggered reconciles make it harmless).
    /// Default 10 h, controller-runtime's `SyncPeriod`, jittered by ±10 %; nil: never.
    public var syncPeriod: Duration? = .seconds(10 * 3600)
    /// `/healthz` fails while leading once a worker has held one key this long: a reconcile
    /// that hangs (on a call without a timeout, say) is restarted by the kubelet rather than
    /// left holding its worker for good. Default 10 min, beyond any reconcile that makes progress.
    public var stuckWorkerThreshold: Duration = .seconds(600)
    /// `/healthz` fails once an informer has gone this long without a working list or watch (it
    /// keeps retrying meanwhile): its cache is stale and a restart may recover what retries did
    /// not. Default 5 min, well past the watcher's longest backoff (30 s).
    public var informerFailureThreshold: Duration = .seconds(300)

    public init(namespace: String? = nil, leaderElection: LeaderElectionConfiguration? = nil) {
        self.namespace = namespace
        self.leaderElection = leaderElection
    }
}
