import Foundation
import KubeCore

/// A reconciler as two things: what it reads (`observe`) and what it wants (`plan`, pure).
/// `TypedReconciler` does everything else for it — fetching and decoding the object, skipping
/// one being deleted, reporting one it cannot decode, carrying the plan out, writing status
/// only when it changed, recording Events, showing failures in its `failureCondition` — so every
/// kind's controller is its planner and nothing more. Register one with
/// `ControllerBuilder.complete(_:fieldManager:events:)`.
public protocol PlanningReconciler: Sendable {
    /// The reconciled kind, decoded.
    associatedtype Object: Decodable & Sendable
    /// Everything `plan` needs besides the object's own fields and the time.
    associatedtype Observation: Sendable
    /// The part of the object's status this controller writes.
    associatedtype Status: ConditionedStatus

    /// Reads what the plan needs: from the controller's caches, and for a kind that measures
    /// something outside the cluster (a Monitor's Prometheus), from there. What cannot be read
    /// belongs in the observation, for the plan to show, rather than in an error.
    func observe(_ object: Object, in stores: Stores) async -> Observation

    /// The whole desired state, from the observation and the time alone.
    func plan(_ observation: Observation, now: Date) -> ReconcilePlan<Status>

    /// The status this controller owns as the object carries it now: a plan's status equal to
    /// it costs no write. Conditions other controllers own must be left out.
    func ownedStatus(of object: Object) -> Status?

    /// The condition that shows what the operator could not do for an object (`Degraded=True`,
    /// `Ready=False`): the adapter sets it for an object it cannot decode and for child writes
    /// the API server refused, with the reason and message.
    var failureCondition: FailureCondition { get }
}
