/// The kinds of object a Model owns, with the `apiVersion` Baton writes them in: what the
/// reconciler must watch (`owns(...)`) and be allowed to change.
public enum ChildKind: String, Sendable, Hashable, CaseIterable {
    case job = "Job"
    case deployment = "Deployment"
    case service = "Service"
    case horizontalPodAutoscaler = "HorizontalPodAutoscaler"
    /// Gateway API's, for the GatewayAPI traffic router; a cluster may not serve it.
    case httpRoute = "HTTPRoute"

    public var apiVersion: String {
        switch self {
        case .job: "batch/v1"
        case .deployment: "apps/v1"
        case .service: "v1"
        case .horizontalPodAutoscaler: "autoscaling/v2"
        case .httpRoute: "gateway.networking.k8s.io/v1"
        }
    }
}
