/// apimachinery's `meta.SetStatusCondition` family over a resource's `status.conditions`.
/// The clock is the caller's: times arrive in the conditions passed in.
extension Array where Element == Condition {
    public func condition(ofType type: String) -> Condition? {
        first { $0.type == type }
    }

    /// Adds the condition, or updates the one of the same type. `lastTransitionTime` is taken
    /// from `condition` only when the status changes (or the condition is new), so it keeps
    /// meaning "when the status last changed". Returns whether anything changed, so a caller
    /// can skip a write that would change nothing.
    @discardableResult
    public mutating func setCondition(_ condition: Condition) -> Bool {
        guard let index = firstIndex(where: { $0.type == condition.type }) else {
            append(condition)
            return true
        }
        var existing = self[index]
        if existing.status != condition.status {
            existing.status = condition.status
            existing.lastTransitionTime = condition.lastTransitionTime
        }
        existing.reason = condition.reason
        existing.message = condition.message
        existing.observedGeneration = condition.observedGeneration
        guard existing != self[index] else { return false }
        self[index] = existing
        return true
    }

    /// `setCondition(_:)` with the condition spelled out; `now` becomes its transition time if
    /// the status changes.
    @discardableResult
    public mutating func setCondition(
        type: String, status: ConditionStatus, reason: String, message: String = "",
        observedGeneration: Int64? = nil, now: KubeTime
    ) -> Bool {
        setCondition(
            Condition(
                type: type, status: status, reason: reason, message: message,
                observedGeneration: observedGeneration, lastTransitionTime: now))
    }

    /// Removes the condition of that type; returns whether there was one.
    @discardableResult
    public mutating func removeCondition(ofType type: String) -> Bool {
        let before = count
        removeAll { $0.type == type }
        return count != before
    }

    /// True when the condition is present with status `True`.
    public func isTrue(_ type: String) -> Bool {
        condition(ofType: type)?.status == .true
    }

    /// True when the condition is present with status `False`.
    public func isFalse(_ type: String) -> Bool {
        condition(ofType: type)?.status == .false
    }
}
