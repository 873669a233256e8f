import BatonAPI

/// When `kubectl baton rollout status --watch` stops: once the desired version's rollout has
/// ended (or the version serves without one), judged only on status the operator has brought
/// up to the current spec, so a watch started just after `spec.version` changed does not stop
/// on the previous rollout's record.
public enum RolloutWatchOutcome: Sendable, Hashable {
    /// Nothing final yet.
    case pending
    /// The desired version serves: its rollout completed, or it came up without one.
    case succeeded
    /// The desired version does not serve: its rollout was rolled back or aborted, or it failed
    /// before one.
    case failed(String)

    public init(_ model: Model) {
        guard let status = model.status else {
            self = .pending
            return
        }
        if let generation = model.metadata.generation, let observed = status.observedGeneration, observed < generation {
            self = .pending
            return
        }
        let version = model.spec.version
        if let record = status.rollout, record.version == version {
            switch record.phase {
            case .progressing, .paused: self = .pending
            case .completed: self = .succeeded
            case .rolledBack, .aborted:
                self = .failed("the rollout of version \(version) ended \(record.phase.rawValue)")
            }
            return
        }
        if status.phase == .failed {
            self = .failed("version \(version) failed before its rollout")
        } else if status.serving?.stableVersion == version, status.serving?.canaryVersion == nil {
            self = .succeeded
        } else {
            self = .pending
        }
    }
}
