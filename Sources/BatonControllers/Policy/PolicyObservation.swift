import BatonAPI
import PolicyEngine

/// What the Policy reconciler read for one Policy: the planner's whole input besides the clock.
struct PolicyObservation: Sendable {
    /// The Models the Policy governs, as far as it could tell.
    enum Selection: Sendable {
        /// The Models of the Policy's namespace its selector matches, each as the Policies
        /// judge its desired version.
        case models([PolicySubject])
        /// `spec.modelSelector` does not parse (an operator the schema let through): the
        /// problem, as the label selector parser words it.
        case invalidSelector(String)
    }

    var policy: Policy
    var selection: Selection
}
