import KubeCore

/// What one reconcile should do, for any kind: the children it wants, what it leaves alone and
/// what it deletes, the new status, the Events that tell of it, and when to look again. A
/// planner makes it as a pure function of what it observed; `PlanExecutor` carries it out.
public struct ReconcilePlan<Status: Sendable & Equatable>: Sendable, Equatable {
    /// Complete desired children (apiVersion, kind, metadata with owner reference, spec), each
    /// with how it is written.
    public var children: [DesiredChild]
    /// Observed children left exactly as they are (a finished Job kept for its logs, the stable
    /// version's Deployment while another rolls out). Not acted on: it lets a planner, and its
    /// tests, account for every child it saw.
    public var retain: [ChildReference]
    /// Observed children to delete.
    public var delete: [ChildReference]
    /// The whole status this controller owns; written after the children (so what it says of
    /// them is true once written), and only when it differs from the object's.
    public var status: Status
    public var events: [PlannedEvent]
    /// When to reconcile again though nothing changes; nil when the watches suffice.
    public var requeueAfter: Duration?
    /// Annotations of the object itself to remove once the status is written, by key, each
    /// with the value it was read with: requests a person made by annotation (`baton.dev/abort`)
    /// that the status now acknowledges. One changed meanwhile is a new request and stays.
    public var consumedAnnotations: [String: String]

    public init(
        children: [DesiredChild] = [], retain: [ChildReference] = [], delete: [ChildReference] = [],
        status: Status, events: [PlannedEvent] = [], requeueAfter: Duration? = nil,
        consumedAnnotations: [String: String] = [:]
    ) {
        self.children = children
        self.retain = retain
        self.delete = delete
        self.status = status
        self.events = events
        self.requeueAfter = requeueAfter
        self.consumedAnnotations = consumedAnnotations
    }

    /// The desired objects, whatever their write mode.
    public var objects: [JSONValue] { children.map(\.object) }
}

/// One child a plan wants to exist.
public struct DesiredChild: Sendable, Equatable {
    public var object: JSONValue
    public var mode: WriteMode

    public init(_ object: JSONValue, mode: WriteMode = .apply) {
        self.object = object
        self.mode = mode
    }
}

/// How a desired child is written.
public enum WriteMode: Sendable, Equatable {
    /// Server-side applied whenever the cluster differs from it: drift is undone, and a field
    /// the plan no longer sets is removed.
    case apply
    /// Created when absent and never changed after: for objects whose spec is immutable once
    /// running (a Job's pod template). A change takes effect with the next object.
    case createOnly
    /// Only the fields given are merged into the object when it exists and differs; never
    /// created. For an object whose other fields another version of the spec wrote and must keep
    /// (the replica count of a stable version's Deployment while a canary takes a share).
    case patchExisting
}
