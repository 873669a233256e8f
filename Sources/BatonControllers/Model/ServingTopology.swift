import BatonAPI

/// Which versions run and which one takes traffic. Today a new version replaces the stable one
/// whole: it comes up beside it with no traffic and takes all of it once its pods are up. A
/// canary strategy will give `candidate` a weight between 0 and 100 and step it.
struct ServingTopology: Sendable, Hashable {
    /// The desired version while it rolls out beside `stable`, with its share of traffic.
    struct Candidate: Sendable, Hashable {
        var version: String
        /// 0 while a stable version takes the traffic; 100 when there is none to take it.
        var weight: Int32
    }

    /// The version taking the traffic (all of it, until weights exist): `status.serving.stableVersion`.
    var stable: String?
    var candidate: Candidate?
    /// The previous stable version, whose Deployment is kept as it is (not rebuilt from a spec
    /// that now describes another version) until the desired one replaces it.
    var retained: String?

    /// The version the Service selects.
    var routed: String? {
        if let candidate, candidate.weight == 100 { return candidate.version }
        return stable
    }

    /// - Parameters:
    ///   - desired: the desired version, when its artifact is known (it can be served).
    ///   - previousStable: the stable version the status records.
    ///   - desiredHasRolledOut: whether the desired version's Deployment has all its pods up.
    static func decide(desired: String?, previousStable: String?, desiredHasRolledOut: Bool) -> ServingTopology {
        guard let desired else {
            // Nothing new to serve yet (training, or it failed): the stable version stays as it is.
            return ServingTopology(stable: previousStable, retained: previousStable)
        }
        if desired == previousStable || desiredHasRolledOut {
            return ServingTopology(stable: desired)
        }
        guard let previousStable else {
            return ServingTopology(candidate: Candidate(version: desired, weight: 100))
        }
        return ServingTopology(stable: previousStable, candidate: Candidate(version: desired, weight: 0), retained: previousStable)
    }
}
