import BatonAPI
import Foundation

/// What the Monitor reconciler read and measured for one Monitor: the planner's whole input
/// besides the clock.
public struct MonitorObservation: Sendable {
    /// The Model the Monitor watches, as far as the Monitor is concerned.
    public enum Target: Sendable, Equatable {
        case modelNotFound
        /// The Model exists but serves no version.
        case notServing
        /// The versions served: the stable one first, then the canary during a rollout.
        case serving(versions: [String])
    }

    public var monitor: Monitor
    public var target: Target
    /// This reconcile's evaluation; nil when none was due (the status stands as it is).
    var evaluation: MonitorEvaluation?
    /// When the next evaluation is due; nil when nothing is served.
    public var nextEvaluation: Date?

    init(monitor: Monitor, target: Target, evaluation: MonitorEvaluation? = nil, nextEvaluation: Date? = nil) {
        self.monitor = monitor
        self.target = target
        self.evaluation = evaluation
        self.nextEvaluation = nextEvaluation
    }
}
