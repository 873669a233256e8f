import BatonAPI
import KubeCore
import KubeRuntime

/// A version a Monitor's rollback action, or a person's undo request (`baton.dev/undo`), took
/// back: the previous Promoted version (its artifact recorded in the history) serves again, planned exactly as if it were the desired
/// version, while `spec.version` stays as written — a GitOps tree is not rewritten. The
/// `RolledBack` history entry keeps it so: the version is not rolled out again, however healthy
/// the old one looks, until `spec.version` changes.
struct ModelRollback: Sendable {
    /// `spec.version`, rolled back.
    let version: String
    /// The Promoted entry of the version that serves instead.
    let target: VersionHistoryEntry
    /// What asks for the rollback now; nil once it is recorded.
    let trigger: Trigger?

    enum Trigger: Sendable, Equatable {
        case monitor(MonitorRollbackTrigger)
        /// The undo request, by its annotation value.
        case undo(RolloutRequest)

        /// The history entry's reason and message.
        var cause: (reason: String, message: String) {
            switch self {
            case let .monitor(trigger): ("Monitor\(trigger.signal.rawValue)", "Monitor \(trigger.monitor): \(trigger.message)")
            case .undo: ("UndoRequested", "undone by request (baton.dev/undo)")
            }
        }
    }

    static let reason = "RolledBack"

    static func decide(_ observed: ModelObservation) -> ModelRollback? {
        let version = observed.model.spec.version
        let history = observed.model.status?.history ?? []
        let servedBefore = history.last(where: { $0.outcome == .promoted && $0.version != version && $0.artifact != nil })
        guard let target = servedBefore else { return nil }
        // Rolled back after it was promoted: a Monitor's doing (a rollout's rollback never
        // promoted it, and its own state keeps it rolled back).
        let entries = history.filter { $0.version == version }
        if entries.last?.outcome == .rolledBack, entries.dropLast().contains(where: { $0.outcome == .promoted }) {
            return ModelRollback(version: version, target: target, trigger: nil)
        }
        // Only a version that took over is rolled back; one still rolling out never served (an
        // undo during a rollout is the rollout's abort).
        guard observed.model.status?.serving?.stableVersion == version else { return nil }
        if let undo = RolloutRequest.find(in: observed.model.metadata.annotations).first(where: { $0.action == .undo }),
            observed.model.status?.rollout?.hasHandled(undo) != true
        {
            return ModelRollback(version: version, target: target, trigger: .undo(undo))
        }
        guard let trigger = MonitorRollbackTrigger.find(in: observed.monitors, version: version) else { return nil }
        return ModelRollback(version: version, target: target, trigger: .monitor(trigger))
    }

    func plan(_ observed: ModelObservation, configuration: OperatorConfiguration, now: KubeTime) -> ModelPlan {
        var serving = observed
        serving.model.spec.version = target.version
        serving.model.spec.training = nil
        serving.model.spec.artifact = target.artifact
        var plan = ModelPlanBuilder(serving, configuration: configuration, now: now, rollsOut: false).plan()
        let previous = observed.model.status?.ownedByModelController ?? ModelStatus()

        var status = plan.status
        // What the status says of the desired version stays true of it.
        status.training = previous.training
        status.artifact = previous.artifact
        status.history = previous.history
        let message = "Version \(version) was rolled back: " + (trigger?.cause.message ?? recordedCause(previous))
            + ". Version \(target.version) serves instead; set spec.version to a fixed version to roll out again."
        if let trigger {
            status.recordHistory(VersionHistoryEntry(
                version: version, outcome: .rolledBack, time: now, reason: trigger.cause.reason, message: trigger.cause.message))
        }
        if case let .undo(request)? = trigger {
            status.rollout?.acknowledge(request, at: now, message: "Version \(target.version) serves again instead of \(version).")
        }
        status.phase = .rolledBack
        var conditions = status.conditions ?? []
        if let trained = previous.conditions?.condition(ofType: ModelConditions.trained) { conditions.setCondition(trained) }
        for type in [ModelConditions.ready, ModelConditions.degraded] {
            conditions.setCondition(
                type: type, status: type == ModelConditions.ready ? .false : .true, reason: Self.reason, message: message,
                observedGeneration: observed.model.metadata.generation, now: now)
        }
        status.conditions = conditions
        plan.status = status
        plan.events = ModelEvents.between(previous, status)
            + (trigger == nil ? [] : [PlannedEvent(.warning, reason: Self.reason, action: "Rollback", message: message)])
        return plan
    }

    private func recordedCause(_ status: ModelStatus) -> String {
        status.history?.last(where: { $0.version == version && $0.outcome == .rolledBack })?.message ?? "by a Monitor"
    }
}
