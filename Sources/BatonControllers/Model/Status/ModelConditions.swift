/// The condition types the Model planner writes, and the reasons it gives them. Reasons are
/// CamelCase words for machines and `kubectl get` columns; messages say what to do.
public enum ModelConditions {
    /// Whether the desired version has a trained artifact (absent for pre-trained Models).
    public static let trained = "Trained"
    /// Whether the desired version serves all traffic: `kubectl wait --for=condition=Ready`.
    public static let ready = "Ready"
    /// Whether a version is on its way (training, rolling out).
    public static let progressing = "Progressing"
    /// Whether the desired version failed and needs a person.
    public static let degraded = "Degraded"
    /// Whether the Monitors watching the Model report every check passing (absent without
    /// Monitors; Unknown while a check is Inconclusive).
    public static let healthy = "Healthy"
    /// Whether the desired version satisfies the Policies selecting the Model (absent without
    /// Policies): False with every violation, the version held when an Enforce Policy's.
    public static let policyCompliant = "PolicyCompliant"

    /// The conditions the Model controller writes; others on a Model belong to other
    /// controllers and are left to them.
    public static let owned: Set<String> = [trained, ready, progressing, degraded, healthy, policyCompliant]

    public enum Reason {
        // Trained
        public static let training = "Training"
        public static let trainingSucceeded = "TrainingSucceeded"
        /// The Job's pods failed more often than `backoffLimit` allows.
        public static let backoffLimitExceeded = "BackoffLimitExceeded"
        /// The Job ran longer than `activeDeadlineSeconds`.
        public static let deadlineExceeded = "DeadlineExceeded"
        /// The Job failed for another reason (a pod failure policy, failed indexes).
        public static let trainingFailed = "TrainingFailed"
        /// The Job succeeded but its termination message is not a training report.
        public static let invalidTerminationMessage = "InvalidTerminationMessage"
        /// The Job succeeded but no pod is left to read its termination message from.
        public static let trainingResultMissing = "TrainingResultMissing"

        // Ready, Progressing, Degraded
        /// The spec cannot be acted on; the message names the field.
        public static let invalidSpec = "InvalidSpec"
        public static let rollingOut = "RollingOut"
        /// Ready: the desired version serves all traffic.
        public static let serving = "Serving"
        /// Ready: the desired version was promoted but its Deployment is not available now.
        public static let unavailable = "Unavailable"
        /// Progressing: an Enforce Policy holds the version before its rollout.
        public static let gated = "Gated"
        /// Progressing: nothing left to do for the desired version.
        public static let rolloutComplete = "RolloutComplete"
        /// Degraded: nothing failed.
        public static let asExpected = "AsExpected"

    }
}
