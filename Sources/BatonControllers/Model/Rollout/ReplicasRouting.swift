/// The router that needs nothing beyond Kubernetes: one Service over both versions' pods, so
/// the candidate's share of traffic is its share of the pods — weight 20 with 5 replicas is 1
/// candidate pod and 4 stable ones. Approximate by nature (20% of 2 pods is 1 of 2); the
/// status says what the split really is.
struct ReplicasRouting: TrafficRouting {
    func split(weight: Int32, replicas: Int32) -> TrafficSplit {
        switch weight {
        case ...0:
            // A pod to warm up and be ready, with no user traffic.
            return TrafficSplit(candidateReplicas: 1, stableReplicas: nil, selection: .stable)
        case 100...:
            // The stable pods stay up, without traffic, for a quick way back.
            return TrafficSplit(candidateReplicas: replicas, stableReplicas: nil, selection: .candidate)
        default:
            guard replicas > 1 else {
                // One pod each is the nearest a single replica can come.
                return TrafficSplit(candidateReplicas: 1, stableReplicas: 1, selection: .both)
            }
            let share = (Double(weight) * Double(replicas) / 100).rounded()
            let candidate = min(max(Int32(share), 1), replicas - 1)
            return TrafficSplit(candidateReplicas: candidate, stableReplicas: replicas - candidate, selection: .both)
        }
    }
}
