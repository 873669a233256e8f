/// Leader election on a `coordination.k8s.io/v1` Lease, with client-go's defaults.
public struct LeaderElectionConfiguration: Sendable {
    public var leaseName: String
    public var namespace: String
    /// Unique per process: the pod's name plus a random suffix.
    public var identity: String
    /// How long a lease holds without renewal before a standby may take it. Default 15 s.
    public var leaseDuration: Duration = .seconds(15)
    /// How long the leader keeps trying to renew before it gives up leading. Default 10 s.
    public var renewDeadline: Duration = .seconds(10)
    /// How often to try to acquire or renew. Default 2 s.
    public var retryPeriod: Duration = .seconds(2)

    public init(leaseName: String, namespace: String, identity: String) {
        self.leaseName = leaseName
        self.namespace = namespace
        self.identity = identity
    }
}
