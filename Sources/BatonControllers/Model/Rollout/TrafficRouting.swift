import BatonAPI

/// How a step's weight reaches users: how many pods each version runs, and which the Model's
/// Service selects.
protocol TrafficRouting: Sendable {
    /// The split for a step giving the candidate `weight` percent of traffic, when one version
    /// alone runs `replicas` pods.
    func split(weight: Int32, replicas: Int32) -> TrafficSplit
}

/// The pods each version runs at a step, and where user traffic goes.
struct TrafficSplit: Sendable, Hashable {
    enum Selection: Sendable, Hashable {
        /// The Model's Service selects the stable version's pods.
        case stable
        /// It selects both versions' pods: each pod takes an equal share.
        case both
        case candidate
    }

    var candidateReplicas: Int32
    /// Nil: the stable version keeps the pods it has.
    var stableReplicas: Int32?
    /// What the Model's Service selects.
    var selection: Selection
    /// The candidate's weight in the Model's HTTPRoute; nil without one.
    var routeWeight: Int32? = nil
}

extension TrafficRouter {
    var routing: any TrafficRouting {
        switch self {
        case .replicas: ReplicasRouting()
        case .gatewayAPI: GatewayAPIRouting()
        }
    }
}
