/// A Kubernetes Event a plan asks to record on the object it reconciles: one per transition,
/// none when nothing changed.
public struct PlannedEvent: Sendable, Hashable {
    public var type: EventType
    /// A CamelCase word (`TrainingSucceeded`).
    public var reason: String
    /// What the operator did or tried (events.k8s.io's `action`): `Train`, `Serve`, `Validate`.
    public var action: String
    public var message: String

    public init(_ type: EventType, reason: String, action: String, message: String) {
        self.type = type
        self.reason = reason
        self.action = action
        self.message = message
    }
}
