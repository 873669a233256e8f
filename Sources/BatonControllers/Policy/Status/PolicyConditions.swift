import BatonAPI
import KubeRuntime

/// The condition type the Policy planner writes, and its reasons.
public enum PolicyConditions {
    /// True when the Policy's selector reads and every Model it selects has been judged; False
    /// when the selector does not parse (or the operator cannot read the Policy).
    public static let ready = "Ready"

    public enum Reason {
        /// Ready=True: the selected Models are judged, `status.summary` counts them.
        public static let evaluated = "Evaluated"
        /// Ready=False: `spec.modelSelector` does not parse, so it selects no Model.
        public static let invalidSelector = "InvalidSelector"
        /// Event: a Model listed in the results starts violating the Policy.
        public static let violation = "PolicyViolation"
        /// Event: a Model listed in the results that violated the Policy complies again.
        public static let compliant = "Compliant"
    }
}

/// The typed adapter shows what it cannot do for a Policy in its `Ready` condition. The Policy
/// controller is the only writer of a Policy's status, so all of it is the controller's.
extension PolicyStatus: ConditionedStatus {}
