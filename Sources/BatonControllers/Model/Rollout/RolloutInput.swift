import BatonAPI
import KubeCore

/// What the rollout state machine learns from one reconcile, besides the time.
struct RolloutInput {
    /// The candidate: the desired version, its artifact known.
    var version: String
    /// `RolloutStatus.revision` of the candidate as planned now.
    var revision: String
    /// The stable version it replaces.
    var previousVersion: String
    var spec: RolloutSpec
    var steps: [RolloutStep]
    /// Whether the pods a step needs are up (and, replacing the stable version, its are gone);
    /// the step past the last is the promotion, needing all the candidate's pods.
    var stepReady: (Int32) -> Bool
    /// This reconcile's analysis of the candidate; nil when none was due.
    var evaluation: RolloutEvaluation?
    /// How often the analysis runs (the Monitor's interval); nil without analysis.
    var analysisInterval: Duration?
    /// Requests present as annotations.
    var requests: [RolloutRequest]
}

/// One evaluation of the analysis Monitor's checks for the candidate.
struct RolloutEvaluation: Sendable, Hashable {
    var time: KubeTime
    var results: [MetricResult]

    /// Fail if any check fails; Inconclusive if any is (or there is no check at all: an empty
    /// evaluation proves nothing); Pass only when every check passes.
    var verdict: CheckVerdict {
        if results.contains(where: { $0.verdict == .fail }) { return .fail }
        if results.isEmpty || results.contains(where: { $0.verdict == .inconclusive }) { return .inconclusive }
        return .pass
    }
}

/// A request a person made by annotation.
struct RolloutRequest: Sendable, Hashable {
    var action: RolloutAction
    var value: String

    /// The requests among a Model's annotations, in a fixed order (abort and undo before
    /// promote, so asking both at once stops rather than promotes).
    static func find(in annotations: [String: String]?) -> [RolloutRequest] {
        [RolloutAction.abort, .undo, .retry, .promote].compactMap { action in
            annotations?[action.annotation].map { RolloutRequest(action: action, value: $0) }
        }
    }

    /// `baton.dev/promote: full` (or any value starting `full`) promotes at once; any other
    /// value skips the current step's hold.
    var isFullPromotion: Bool { action == .promote && value.hasPrefix("full") }
}
