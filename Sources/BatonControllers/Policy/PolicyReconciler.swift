import BatonAPI
import Foundation
import KubeCore
import KubeRuntime
import PolicyEngine

/// The Policy controller's reconciler: finds the Models a Policy selects in the Model cache,
/// and leaves the judging and the report to the pure `PolicyPlanner`.
struct PolicyReconciler: PlanningReconciler {
    let configuration: OperatorConfiguration

    func observe(_ policy: Policy, in stores: Stores) async -> PolicyObservation {
        PolicyObservation(
            policy: policy,
            selection: Self.selection(
                of: policy, among: stores[ModelController.resource].list(namespace: policy.metadata.namespace),
                configuration: configuration))
    }

    /// The Models among `models` (the cached objects of the Policy's namespace) that the
    /// Policy selects, each as the Policies judge it; or why its selector selects none.
    static func selection(
        of policy: Policy, among models: [JSONValue], configuration: OperatorConfiguration
    ) -> PolicyObservation.Selection {
        let selector: LabelRequirements
        do {
            selector = try policy.spec.modelSelector.requirements()
        } catch {
            return .invalidSelector(error.message)
        }
        // Labels are read from the cached objects, so only the selected Models are decoded.
        return .models(
            models.filter { selector.matches(PolicyController.labels(of: $0)) }
                .compactMap { try? $0.decode(Model.self) }
                .map { PolicySubject(model: $0, configuration: configuration) })
    }

    func plan(_ observation: PolicyObservation, now: Date) -> PolicyPlan {
        PolicyPlanner.plan(observation, now: now)
    }

    /// The Policy controller is the only writer of a Policy's status.
    func ownedStatus(of policy: Policy) -> PolicyStatus? {
        policy.status
    }

    /// What the operator cannot do for a Policy (an object it cannot read) leaves it not Ready.
    var failureCondition: FailureCondition {
        FailureCondition(type: PolicyConditions.ready, status: .false)
    }
}
