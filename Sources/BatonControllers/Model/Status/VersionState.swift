import BatonAPI
import KubeCore

/// Where the desired version stands, as the status tells it: the phase and the `Ready`,
/// `Progressing` and `Degraded` conditions all follow from this one value, so they cannot
/// disagree.
enum VersionState: Sendable, Hashable {
    /// `problem` names the field and what to set.
    case invalidSpec(problem: String)
    /// `detail` is the `Trained` condition's message; `stable` serves meanwhile.
    case training(version: String, detail: String, stable: String?)
    case failed(version: String, reason: String, detail: String, stable: String?)
    case rollingOut(version: String, deployment: String, available: Int64, wanted: Int32, stable: String?)
    case serving(version: String, endpoint: String)
    /// Promoted, but its Deployment is not available now.
    case unavailable(version: String, deployment: String)
    /// Rolling out beside `stable` by the rollout's steps; `traffic` tells the split.
    case rollout(RolloutStatus, stable: String, traffic: String)
    /// Rolled back or aborted: `stable` serves and the rollout holds until retried or the spec changes.
    case rolloutEnded(RolloutStatus, stable: String)
    /// Held by an Enforce Policy before its rollout; `detail` is the PolicyCompliant message.
    case gated(version: String, detail: String, stable: String?)

    var phase: ModelPhase {
        switch self {
        case .invalidSpec, .failed: .failed
        case .training: .training
        case .rollingOut, .rollout: .rollingOut
        case .rolloutEnded: .rolledBack
        case .gated: .gated
        case .serving, .unavailable: .serving
        }
    }

    typealias ConditionFields = (status: ConditionStatus, reason: String, message: String)

    var ready: ConditionFields {
        typealias Reason = ModelConditions.Reason
        switch self {
        case let .invalidSpec(problem):
            return (.false, Reason.invalidSpec, problem)
        case let .training(version, detail, stable):
            return (.false, Reason.training, "Version \(version) is not trained yet: \(detail)" + Self.meanwhile(stable))
        case let .failed(version, reason, _, stable):
            return (.false, Reason.trainingFailed,
                    "Version \(version) failed to train (\(reason)); see the Trained condition." + Self.meanwhile(stable))
        case let .rollingOut(version, deployment, available, wanted, stable):
            return (.false, Reason.rollingOut,
                    "Deployment \(deployment) has \(available) of \(wanted) replicas of version \(version) available."
                        + Self.meanwhile(stable))
        case let .serving(version, endpoint):
            return (.true, Reason.serving, "Version \(version) serves all traffic at \(endpoint).")
        case let .unavailable(version, deployment):
            return (.false, Reason.unavailable,
                    "Deployment \(deployment) of version \(version) is not available; see kubectl describe deployment/\(deployment).")
        case let .rollout(rollout, stable, traffic):
            return (.false, Reason.rollingOut, Self.describe(rollout, traffic) + Self.meanwhile(stable))
        case let .rolloutEnded(rollout, _):
            return (.false, rollout.reason ?? Reason.rollingOut, rollout.message ?? "")
        case let .gated(_, detail, stable):
            return (.false, PolicyGate.Reason.blocked, detail + Self.meanwhile(stable))
        }
    }

    var progressing: ConditionFields {
        typealias Reason = ModelConditions.Reason
        switch self {
        case let .invalidSpec(problem): return (.false, Reason.invalidSpec, problem)
        case let .training(_, detail, _): return (.true, Reason.training, detail)
        case let .failed(version, reason, _, _):
            return (.false, reason, "Version \(version) failed to train; nothing more happens until spec.version changes.")
        case .rollingOut: return (.true, Reason.rollingOut, ready.message)
        case let .serving(version, _), let .unavailable(version, _):
            return (.false, Reason.rolloutComplete, "Version \(version) is rolled out.")
        case let .rollout(rollout, _, traffic):
            if rollout.isHeld { return (.false, rollout.reason ?? Reason.rollingOut, rollout.message ?? "") }
            return (.true, rollout.reason ?? Reason.rollingOut, Self.describe(rollout, traffic))
        case let .rolloutEnded(rollout, _):
            return (.false, rollout.reason ?? Reason.rollingOut, rollout.message ?? "")
        case let .gated(_, detail, _):
            return (.false, Reason.gated, detail)
        }
    }

    var degraded: ConditionFields {
        switch self {
        case let .invalidSpec(problem): return (.true, ModelConditions.Reason.invalidSpec, problem)
        case let .failed(_, reason, detail, stable):
            return (.true, reason, detail + (stable.map { " Version \($0) keeps serving." } ?? ""))
        case let .rollout(rollout, _, _) where rollout.isHeld:
            return (.true, rollout.reason ?? "", rollout.message ?? "")
        case let .rolloutEnded(rollout, _):
            return (.true, rollout.reason ?? "", rollout.message ?? "")
        default: return (.false, ModelConditions.Reason.asExpected, "")
        }
    }

    private static func describe(_ rollout: RolloutStatus, _ traffic: String) -> String {
        [rollout.message ?? "Version \(rollout.version) is rolling out.", traffic].filter { !$0.isEmpty }.joined(separator: " ")
    }

    private static func meanwhile(_ stable: String?) -> String {
        stable.map { " Version \($0) serves meanwhile." } ?? " Nothing is served yet."
    }
}
