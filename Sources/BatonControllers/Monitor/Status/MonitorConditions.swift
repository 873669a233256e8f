import BatonAPI
import KubeRuntime

/// The condition types the Monitor planner writes, and their reasons.
public enum MonitorConditions {
    /// True when every check passes for every served version; Unknown when some check is
    /// Inconclusive and none fails.
    public static let healthy = "Healthy"
    /// True when a metric check fails for a served version.
    public static let degraded = "Degraded"
    /// True when a drift check's score reaches its threshold for a served version.
    public static let driftDetected = "DriftDetected"

    public enum Reason {
        /// Healthy: every check passes.
        public static let allChecksPass = "AllChecksPass"
        /// Degraded=False: every metric check passes.
        public static let withinThresholds = "WithinThresholds"
        /// Degraded=True: a metric is outside its thresholds.
        public static let thresholdViolated = "ThresholdViolated"
        /// DriftDetected=False: every drift score is below its threshold.
        public static let noDrift = "NoDrift"
        /// DriftDetected=True: a drift score reached its threshold.
        public static let scoreAboveThreshold = "ScoreAboveThreshold"
        /// A check could not be judged: no data, too few samples, Prometheus down or absent.
        public static let inconclusive = "Inconclusive"
        public static let noMetricChecks = "NoMetricChecks"
        public static let noDriftChecks = "NoDriftChecks"
        /// The Model named by spec.modelRef does not exist.
        public static let modelNotFound = "ModelNotFound"
        /// The Model serves no version yet.
        public static let notServing = "NotServing"
        /// Not evaluated yet since the Model started serving.
        public static let pending = "Pending"
    }
}

/// The typed adapter shows what it cannot do for a Monitor in its conditions.
extension MonitorStatus: ConditionedStatus {}
