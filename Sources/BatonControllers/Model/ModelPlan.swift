import BatonAPI
import KubeCore

/// What one reconcile of a Model should do. Every child the reconciler observed is in exactly
/// one of `apply`, `retain` and `delete`.
public struct ModelPlan: Sendable, Equatable {
    /// Complete desired children (apiVersion, kind, metadata with owner reference and labels,
    /// spec): the reconciler server-side-applies those that differ from its cache. A Job is
    /// only ever created: its pod template is immutable, so a Job that exists is left as it is
    /// (a training spec edited mid-run takes effect with the next version).
    public var apply: [JSONValue]
    /// Observed children left exactly as they are: the stable version's Deployment and
    /// autoscaler while another version rolls out (their pod template is that version's and must
    /// not change under it), and finished Jobs (`ttlSecondsAfterFinished` removes them, and
    /// their pods keep the logs until then).
    public var retain: [ChildReference]
    /// Observed children to delete: a replaced version's Deployment and autoscaler, a
    /// superseded version's unfinished Job, a headless Service whose training is over.
    public var delete: [ChildReference]
    /// The whole new status. The reconciler writes it after the children are applied, so a
    /// status that says the Service selects a version is true once written.
    public var status: ModelStatus
    public var events: [PlannedEvent]
    /// When to reconcile again though nothing changes; `nil` when the watches suffice.
    public var requeueAfter: Duration?

    public init(
        apply: [JSONValue] = [], retain: [ChildReference] = [], delete: [ChildReference] = [], status: ModelStatus,
        events: [PlannedEvent] = [], requeueAfter: Duration? = nil
    ) {
        self.apply = apply
        self.retain = retain
        self.delete = delete
        self.status = status
        self.events = events
        self.requeueAfter = requeueAfter
    }
}
