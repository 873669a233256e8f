import BatonAPI
import KubeCore

/// The Model's `Healthy` condition: what the Monitors watching it report, so that
/// `kubectl get models` shows a degraded or drifting model without a look at each Monitor.
enum MonitorVerdicts {
    /// The condition from the Monitors' `Healthy` conditions, by name; nil without Monitors.
    static func condition(from monitors: [Monitor]) -> (status: ConditionStatus, reason: String, message: String)? {
        guard !monitors.isEmpty else { return nil }
        let reports = monitors.sorted { ($0.metadata.name ?? "") < ($1.metadata.name ?? "") }.map { monitor in
            (name: monitor.metadata.name ?? "", healthy: monitor.status?.conditions?.condition(ofType: MonitorConditions.healthy))
        }
        let describe = { (reports: [(name: String, healthy: Condition?)]) in
            reports.prefix(3).map { "Monitor \($0.name): \($0.healthy?.message ?? "not evaluated yet")" }
                .joined(separator: "; ") + (reports.count > 3 ? "; and \(reports.count - 3) more" : "")
        }
        let unhealthy = reports.filter { $0.healthy?.status == .false }
        if let first = unhealthy.first {
            return (.false, first.healthy?.reason ?? MonitorConditions.degraded, describe(unhealthy))
        }
        let unsure = reports.filter { $0.healthy?.status != .true }
        if let first = unsure.first {
            return (.unknown, first.healthy?.reason ?? MonitorConditions.Reason.pending, describe(unsure))
        }
        let names = reports.map(\.name).joined(separator: ", ")
        return (.true, MonitorConditions.Reason.allChecksPass, "every check of \(reports.count == 1 ? "Monitor" : "Monitors") \(names) passes")
    }
}
