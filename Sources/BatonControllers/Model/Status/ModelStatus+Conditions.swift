import BatonAPI
import KubeCore
import KubeRuntime

extension ModelStatus {
    /// What happens to the `Trained` condition.
    enum TrainedCondition {
        case set(VersionState.ConditionFields)
        /// No training in the spec: nothing to say.
        case absent
        /// Left as it was, stale `observedGeneration` and all, when the spec cannot be acted on.
        case unchanged
    }

    /// Sets the phase and the planner's conditions from `state`. Conditions keep their
    /// `lastTransitionTime` unless their status changes, and conditions other planners own
    /// (a condition type another controller adds) are left alone.
    mutating func setConditions(for state: VersionState, trained: TrainedCondition, generation: Int64?, now: KubeTime) {
        phase = state.phase
        var conditions = self.conditions ?? []
        func set(_ type: String, _ fields: VersionState.ConditionFields) {
            conditions.setCondition(
                type: type, status: fields.status, reason: fields.reason, message: fields.message,
                observedGeneration: generation, now: now)
        }
        switch trained {
        case let .set(fields): set(ModelConditions.trained, fields)
        case .absent: conditions.removeCondition(ofType: ModelConditions.trained)
        case .unchanged: break
        }
        set(ModelConditions.ready, state.ready)
        set(ModelConditions.progressing, state.progressing)
        set(ModelConditions.degraded, state.degraded)
        self.conditions = conditions
    }
}

extension ModelStatus {
    /// Sets `Healthy` from the Monitors' verdicts, or removes it when no Monitor watches.
    mutating func setHealth(from monitors: [Monitor], generation: Int64?, now: KubeTime) {
        var conditions = self.conditions ?? []
        if let health = MonitorVerdicts.condition(from: monitors) {
            conditions.setCondition(
                type: ModelConditions.healthy, status: health.status, reason: health.reason, message: health.message,
                observedGeneration: generation, now: now)
        } else {
            conditions.removeCondition(ofType: ModelConditions.healthy)
        }
        self.conditions = conditions
    }
}

extension ModelStatus {
    /// Sets `PolicyCompliant` from the gate, or removes it when no Policy selects the Model.
    mutating func setCompliance(
        _ compliance: (status: ConditionStatus, reason: String, message: String)?, generation: Int64?, now: KubeTime
    ) {
        var conditions = self.conditions ?? []
        if let compliance {
            conditions.setCondition(
                type: ModelConditions.policyCompliant, status: compliance.status, reason: compliance.reason,
                message: compliance.message, observedGeneration: generation, now: now)
        } else {
            conditions.removeCondition(ofType: ModelConditions.policyCompliant)
        }
        self.conditions = conditions
    }
}

extension ModelStatus {
    /// The status less the conditions other controllers own:
    /// what the Model controller writes under its own field manager, and compares with its plan.
    /// Server-side apply keeps the others' conditions, since the conditions list is keyed by type.
    var ownedByModelController: ModelStatus {
        var status = self
        status.keepOwnConditions()
        return status
    }

    mutating func keepOwnConditions() {
        conditions = conditions?.filter { ModelConditions.owned.contains($0.type) }
    }
}

/// The typed adapter shows a Model's failures in its conditions.
extension ModelStatus: ConditionedStatus {}
