/// The kinds of object a Model owns, with the `apiVersion` Baton writes them in: what the
/// reconciler must watch (`owns(...)`) and be allowed to change.
public enum ChildKind: String, Sendable, Hashable, CaseIterable {
    case job = "Job"
    case deployment = "Deployment"
    case service = "Service"
    case horizontalPodAutoscaler = "HorizontalPodAutoscaler"

    public var apiVersion: String {
        switch self {
        case .job: "batch/v1"
        case .deployment: "apps/v1"
        case .service: "v1"
        case .horizontalPodAutoscaler: "autoscaling/v2"
        }
    }
}
