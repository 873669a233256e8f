import BatonAPI

/// A Monitor's `rollback` action asking for a version to go: the Monitor watches the Model,
/// has a rollback action, and its status shows a failing check for that version of a kind the
/// action's `when` names.
struct MonitorRollbackTrigger: Sendable, Equatable {
    var monitor: String
    var signal: MonitorSignal
    /// The failing check's message, which names the value and the threshold.
    var message: String

    static func find(in monitors: [Monitor], version: String) -> MonitorRollbackTrigger? {
        for monitor in monitors.sorted(by: { ($0.metadata.name ?? "") < ($1.metadata.name ?? "") }) {
            let when = Set((monitor.spec.actions ?? []).filter { $0.rollback != nil }.flatMap(\.when))
            for (signal, results) in [
                (MonitorSignal.degraded, monitor.status?.metrics ?? []), (.driftDetected, monitor.status?.drift ?? []),
            ] where when.contains(signal) {
                if let failing = results.first(where: { $0.version == version && $0.verdict == .fail }) {
                    return MonitorRollbackTrigger(
                        monitor: monitor.metadata.name ?? "", signal: signal, message: failing.message ?? failing.name)
                }
            }
        }
        return nil
    }
}
