import BatonAPI
import Foundation
import KubeCore

/// One alert a Monitor raises: a failing check for a served version. Its labels are its
/// identity in Alertmanager (which groups and deduplicates by them), so they hold only what
/// names the failure, never a value that moves.
struct MonitorAlert: Sendable, Hashable {
    var labels: [String: String]
    var annotations: [String: String]

    static let degradedName = "BatonModelDegraded"
    static let driftName = "BatonModelDriftDetected"

    /// The alerts a webhook action raises for the Monitor's status: one per failing result of
    /// the kinds its `when` names.
    static func raised(by monitor: Monitor, for action: MonitorAction) -> [MonitorAlert] {
        let status = monitor.status
        var alerts: [MonitorAlert] = []
        for (signal, results, name) in [
            (MonitorSignal.degraded, status?.metrics ?? [], degradedName),
            (MonitorSignal.driftDetected, status?.drift ?? [], driftName),
        ] where action.when.contains(signal) {
            for result in results where result.verdict == .fail {
                var annotations = ["summary": result.message ?? "\(result.name) failed"]
                if let value = result.value { annotations["value"] = "\(value)" }
                alerts.append(MonitorAlert(
                    labels: [
                        "alertname": name, "severity": "warning", "namespace": monitor.metadata.namespace ?? "",
                        "monitor": monitor.metadata.name ?? "", "model": monitor.spec.modelRef.name,
                        "version": result.version ?? "", "check": result.name,
                    ],
                    annotations: annotations))
            }
        }
        return alerts
    }

    /// The alert as Alertmanager's `POST /api/v2/alerts` takes it: firing until `endsAt`, or
    /// resolved when `endsAt` is now.
    func json(startsAt: Date, endsAt: Date) -> JSONValue {
        [
            "labels": .object(JSONObject(uniqueKeysWithValues: labels.sorted { $0.key < $1.key }.map { ($0.key, JSONValue.string($0.value)) })),
            "annotations": .object(JSONObject(uniqueKeysWithValues: annotations.sorted { $0.key < $1.key }.map { ($0.key, JSONValue.string($0.value)) })),
            "startsAt": .string(KubeTime(startsAt).rfc3339),
            "endsAt": .string(KubeTime(endsAt).rfc3339),
        ]
    }
}
