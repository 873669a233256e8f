import Foundation
import KubeCore
import KubeRuntime
import Synchronization

/// What each webhook was last told, per Monitor and action: the firing alerts with when they
/// started and were last sent, and where the webhook is (so that a Monitor deleted while firing
/// can still send its alerts resolved). Firing alerts are sent again every `resendInterval`
/// with an `endsAt` four intervals ahead, as Prometheus does, so Alertmanager keeps them while
/// they last and lets them expire by themselves if the operator goes away; an alert that stops
/// is sent once more, resolved. Kept in memory: after a restart every firing alert is sent
/// again, which Alertmanager deduplicates by labels.
final class AlertLedger: Sendable {
    struct Destination: Sendable, Hashable {
        var monitor: ObjectKey
        var action: Int
    }

    struct Firing: Sendable, Equatable {
        var startsAt: Date
        var lastSent: Date
    }

    /// One POST: the alerts, and what the ledger holds once they are delivered.
    struct Delivery: Sendable {
        var alerts: [JSONValue]
        var firing: [MonitorAlert: Firing]
    }

    private struct Entry: Sendable {
        var endpoint: WebhookEndpoint
        var firing: [MonitorAlert: Firing]
    }

    let resendInterval: Duration
    private let entries = Mutex<[Destination: Entry]>([:])

    init(resendInterval: Duration = .seconds(60)) {
        self.resendInterval = resendInterval
    }

    /// What to POST for `desired` now; nil when the webhook already knows it all.
    func delivery(to destination: Destination, desired: [MonitorAlert], now: Date) -> Delivery? {
        let previous = entries.withLock { $0[destination]?.firing } ?? [:]
        let resend = resendInterval.timeInterval
        var alerts: [JSONValue] = []
        var firing: [MonitorAlert: Firing] = [:]
        for alert in desired {
            let known = previous[alert]
            if let known, now.timeIntervalSince(known.lastSent) < resend {
                firing[alert] = known
                continue
            }
            let startsAt = known?.startsAt ?? now
            alerts.append(alert.json(startsAt: startsAt, endsAt: now.addingTimeInterval(4 * resend)))
            firing[alert] = Firing(startsAt: startsAt, lastSent: now)
        }
        for (alert, known) in previous where firing[alert] == nil {
            alerts.append(alert.json(startsAt: known.startsAt, endsAt: now))
        }
        return alerts.isEmpty ? nil : Delivery(alerts: alerts, firing: firing)
    }

    /// Where the destination's alerts went last: where to resolve them once its Monitor or
    /// action is gone.
    func endpoint(of destination: Destination) -> WebhookEndpoint? {
        entries.withLock { $0[destination]?.endpoint }
    }

    func delivered(_ delivery: Delivery, to destination: Destination, at endpoint: WebhookEndpoint) {
        entries.withLock {
            $0[destination] = delivery.firing.isEmpty ? nil : Entry(endpoint: endpoint, firing: delivery.firing)
        }
    }

    /// The destinations of a Monitor that hold firing alerts.
    func destinations(of monitor: ObjectKey) -> [Destination] {
        entries.withLock { $0.keys.filter { $0.monitor == monitor } }
    }
}
