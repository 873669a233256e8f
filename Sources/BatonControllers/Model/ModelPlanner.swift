import BatonAPI
import Foundation
import KubeCore

/// Plans a reconcile of a Model: from what the reconciler observed, the whole desired state —
/// children to apply, keep and delete, the new status, the Events to record. A pure function
/// of its arguments (the clock is `now`), so every behaviour is tested without a cluster, and
/// planning again from its result changes nothing: at convergence the plan applies objects
/// equal to those observed, keeps the status and records no Event, which costs no writes.
///
/// The life of a version:
/// 1. Training (when `spec.training` is set): a Job named after the version runs once; its
///    pod's termination message gives metrics and the artifact. Its result is recorded in the
///    status and the Job is left to its TTL. A failed version stays failed: a new version is
///    the way to train again.
/// 2. Rolling out: with the artifact known (trained, or `spec.artifact`), the version's
///    Deployment comes up beside the stable one, which keeps all traffic.
/// 3. Promotion: once all its pods are up, the stable Service selects the new version, the
///    history records it, and the previous version's Deployment is deleted.
/// 4. Rollback: a Monitor with a `rollback` action failing the promoted version brings the
///    previous Promoted version back (`ModelRollback`) until `spec.version` changes.
public enum ModelPlanner {
    /// The kinds of child a Model has; the reconciler watches them (and training pods).
    public static let childKinds = ChildKind.allCases

    public static func plan(_ observed: ModelObservation, configuration: OperatorConfiguration, now: Date) -> ModelPlan {
        if let rollback = ModelRollback.decide(observed) {
            return rollback.plan(observed, configuration: configuration, now: KubeTime(now))
        }
        return ModelPlanBuilder(observed, configuration: configuration, now: KubeTime(now)).plan()
    }
}
