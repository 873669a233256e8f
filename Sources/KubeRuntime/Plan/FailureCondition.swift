import KubeCore

/// The condition a kind shows what the operator could not do in — an object it cannot decode,
/// a child write the API server refused: its type and the status that means "failing"
/// (`Degraded=True`, or `Ready=False`). The typed adapter sets it; reconcilers only name it.
public struct FailureCondition: Sendable, Equatable {
    public var type: String
    public var status: ConditionStatus

    public init(type: String, status: ConditionStatus) {
        self.type = type
        self.status = status
    }

    /// The condition showing refused child writes: the first one's reason (the API's), every
    /// one's description in the message.
    public func condition(refused: [ChildWriteFailure], observedGeneration: Int64?, now: KubeTime) -> Condition {
        condition(
            reason: refused.first?.reason ?? "", message: refused.map(\.description).joined(separator: "; "),
            observedGeneration: observedGeneration, now: now)
    }

    /// The condition, failing for `reason`, as of `now`.
    public func condition(reason: String, message: String, observedGeneration: Int64?, now: KubeTime) -> Condition {
        Condition(
            type: type, status: status, reason: reason, message: message, observedGeneration: observedGeneration,
            lastTransitionTime: now)
    }
}

/// A status with standard conditions: what the typed adapter needs to show a failure on any kind.
public protocol ConditionedStatus: Codable, Equatable, Sendable {
    var conditions: [Condition]? { get set }
}

extension ConditionedStatus {
    /// This status with `condition` set. The condition of that type in `current` (the object as
    /// it is) is the starting point, so a failure already shown keeps its transition time and
    /// a retry that fails the same way writes nothing new.
    public func setting(_ condition: Condition, since current: Self?) -> Self {
        var status = self
        var conditions = status.conditions ?? []
        if let shown = current?.conditions?.first(where: { $0.type == condition.type }) {
            conditions.setCondition(shown)
        }
        conditions.setCondition(condition)
        status.conditions = conditions
        return status
    }
}
