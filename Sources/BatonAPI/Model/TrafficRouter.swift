/// How traffic is split between two versions during a rollout.
public enum TrafficRouter: String, Codable, Sendable, Hashable, CaseIterable {
    /// One Service over both versions' pods: the split follows the replica counts, so it is
    /// approximate and needs nothing beyond Kubernetes.
    case replicas = "Replicas"
    /// An HTTPRoute with weighted backends: exact, needs Gateway API and `gatewayRef`.
    case gatewayAPI = "GatewayAPI"
}
