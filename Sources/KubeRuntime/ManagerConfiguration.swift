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

    public init(namespace: String? = nil, leaderElection: LeaderElectionConfiguration? = nil) {
        self.namespace = namespace
        self.leaderElection = leaderElection
    }
}
