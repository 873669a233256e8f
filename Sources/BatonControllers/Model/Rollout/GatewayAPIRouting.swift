/// The router that splits exactly: the Model's HTTPRoute sends the step's weight to the
/// candidate's Service. The candidate runs the share of pods its weight needs (at least one),
/// the stable version keeps all of its own, ready to take everything back at once.
struct GatewayAPIRouting: TrafficRouting {
    func split(weight: Int32, replicas: Int32) -> TrafficSplit {
        let share = Int32((Double(max(weight, 0)) * Double(replicas) / 100).rounded(.up))
        return TrafficSplit(
            candidateReplicas: min(max(share, 1), replicas), stableReplicas: nil, selection: .stable,
            routeWeight: min(max(weight, 0), 100))
    }
}
