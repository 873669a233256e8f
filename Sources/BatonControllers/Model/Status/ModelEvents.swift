import BatonAPI
import KubeCore
import KubeRuntime

/// The Events of a reconcile, read off the difference between the status before and after:
/// one per transition, none when the status is unchanged, so a converged Model records
/// nothing and a retried reconcile repeats only what it did not get to write.
public enum ModelEvents {
    /// The reasons of the Events the planner records.
    public enum Reason {
        public static let trainingStarted = "TrainingStarted"
        public static let trainingSucceeded = "TrainingSucceeded"
        public static let trainingFailed = "TrainingFailed"
        public static let rolloutStarted = "RolloutStarted"
        public static let promoted = "Promoted"
        public static let unavailable = "Unavailable"
        public static let available = "Available"
        public static let invalidSpec = "InvalidSpec"
        public static let policyViolation = "PolicyViolation"
        public static let policyCompliant = "PolicyCompliant"
    }

    static func between(_ previous: ModelStatus, _ current: ModelStatus) -> [PlannedEvent] {
        let promoted = current.serving?.stableVersion != nil
            && current.serving?.stableVersion != previous.serving?.stableVersion
        return [
            training(previous, current), invalidSpec(previous, current), rolloutStarted(previous, current),
            promoted ? promotion(previous, current) : nil, availability(previous, current, promoted: promoted),
            compliance(previous, current),
        ].compactMap { $0 }
    }

    /// The `Trained` condition, or the version it is about, changed.
    private static func training(_ previous: ModelStatus, _ current: ModelStatus) -> PlannedEvent? {
        guard let now = current.conditions?.condition(ofType: ModelConditions.trained) else { return nil }
        let before = previous.conditions?.condition(ofType: ModelConditions.trained)
        guard before?.status != now.status || before?.reason != now.reason
            || previous.training?.version != current.training?.version
        else { return nil }
        switch now.status {
        case .unknown: return PlannedEvent(.normal, reason: Reason.trainingStarted, action: "Train", message: now.message)
        case .true: return PlannedEvent(.normal, reason: Reason.trainingSucceeded, action: "Train", message: now.message)
        case .false: return PlannedEvent(.warning, reason: Reason.trainingFailed, action: "Train", message: now.message)
        }
    }

    /// The spec became invalid, or invalid in another way.
    private static func invalidSpec(_ previous: ModelStatus, _ current: ModelStatus) -> PlannedEvent? {
        guard let now = current.conditions?.condition(ofType: ModelConditions.ready),
            now.reason == ModelConditions.Reason.invalidSpec
        else { return nil }
        let before = previous.conditions?.condition(ofType: ModelConditions.ready)
        guard before?.reason != now.reason || before?.message != now.message else { return nil }
        return PlannedEvent(.warning, reason: Reason.invalidSpec, action: "Validate", message: now.message)
    }

    private static func rolloutStarted(_ previous: ModelStatus, _ current: ModelStatus) -> PlannedEvent? {
        guard let candidate = current.serving?.canaryVersion, candidate != previous.serving?.canaryVersion else {
            return nil
        }
        let beside = current.serving?.stableVersion.map { " beside version \($0), which serves until it is available" } ?? ""
        return PlannedEvent(.normal, reason: Reason.rolloutStarted, action: "Serve", message: "Rolling out version \(candidate)\(beside).")
    }

    private static func promotion(_ previous: ModelStatus, _ current: ModelStatus) -> PlannedEvent? {
        guard let stable = current.serving?.stableVersion else { return nil }
        let replacing = previous.serving?.stableVersion.map { ", replacing version \($0)" } ?? ""
        return PlannedEvent(.normal, reason: Reason.promoted, action: "Serve", message: "Version \(stable) serves all traffic\(replacing).")
    }

    /// The Policies' verdict changed: a violation (or another one) is a Warning, compliance
    /// after one a Normal Event; the first verdict of a compliant version says nothing.
    private static func compliance(_ previous: ModelStatus, _ current: ModelStatus) -> PlannedEvent? {
        guard let now = current.conditions?.condition(ofType: ModelConditions.policyCompliant) else { return nil }
        let before = previous.conditions?.condition(ofType: ModelConditions.policyCompliant)
        switch now.status {
        case .false where before?.status != .false || before?.message != now.message:
            return PlannedEvent(.warning, reason: Reason.policyViolation, action: "Gate", message: now.message)
        case .true where before?.status == .false:
            return PlannedEvent(.normal, reason: Reason.policyCompliant, action: "Gate", message: now.message)
        default:
            return nil
        }
    }

    /// A serving version went unavailable, or came back (a promotion says so itself).
    private static func availability(_ previous: ModelStatus, _ current: ModelStatus, promoted: Bool) -> PlannedEvent? {
        guard let now = current.conditions?.condition(ofType: ModelConditions.ready) else { return nil }
        let before = previous.conditions?.condition(ofType: ModelConditions.ready)
        guard now.status != before?.status || now.reason != before?.reason else { return nil }
        if now.reason == ModelConditions.Reason.unavailable {
            return PlannedEvent(.warning, reason: Reason.unavailable, action: "Serve", message: now.message)
        }
        if now.status == .true && !promoted {
            return PlannedEvent(.normal, reason: Reason.available, action: "Serve", message: now.message)
        }
        return nil
    }
}
