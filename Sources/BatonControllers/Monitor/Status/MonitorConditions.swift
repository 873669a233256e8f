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
    /// False while an action (a webhook, a retrain request) cannot be carried out; written by
    /// the actions controller, absent until an action first fails.
    public static let actionsDelivered = "ActionsDelivered"

    /// The conditions the Monitor controller writes; `ActionsDelivered` is the actions
    /// controller's.
    public static let owned: Set<String> = [healthy, degraded, driftDetected]

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
        /// ActionsDelivered=False: a webhook or retrain request failed.
        public static let actionFailed = "ActionFailed"
        /// ActionsDelivered=True: the actions that failed went through.
        public static let delivered = "Delivered"
    }
}

/// The typed adapter shows what it cannot do for a Monitor in its conditions.
extension MonitorStatus: ConditionedStatus {
    /// The status less the actions controller's condition: what the Monitor controller writes
    /// and compares its plan with.
    var ownedByMonitorController: MonitorStatus {
        var status = self
        status.conditions = conditions?.filter { MonitorConditions.owned.contains($0.type) }
        return status
    }
}
