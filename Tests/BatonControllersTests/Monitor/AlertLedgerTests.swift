import BatonAPI
import Foundation
import KubeCore
import KubeRuntime
import Testing

@testable import BatonControllers

/// Which alerts a webhook is sent, and when: new and stale firing alerts, resolved ones once.
struct AlertLedgerTests {
    let destination = AlertLedger.Destination(monitor: ObjectKey(namespace: "risk", name: "fraud-health"), action: 0)
    let endpoint = WebhookEndpoint(url: URL(string: "http://127.0.0.1:9093/api/v2/alerts")!)
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    private func alerts(_ monitor: Monitor) -> [MonitorAlert] {
        MonitorAlert.raised(by: monitor, for: MonitorAction(webhook: WebhookAction(url: endpoint.url.absoluteString)))
    }

    private var failing: Monitor {
        MonitorFixtures.monitor(status: MonitorStatus(
            metrics: [MetricResult(name: "error_rate", version: "1.0.0", value: 0.3, verdict: .fail, message: "error_rate = 0.3")],
            drift: [MetricResult(name: "amount", version: "1.0.0", value: 0.01, verdict: .pass)]))
    }

    @Test func failuresRaiseOneAlertEachLabelledByWhatFailed() throws {
        let raised = alerts(failing)
        #expect(raised.count == 1)
        #expect(raised[0].labels == [
            "alertname": MonitorAlert.degradedName, "severity": "warning", "namespace": "risk", "monitor": "fraud-health",
            "model": "fraud-detector", "version": "1.0.0", "check": "error_rate",
        ])
        #expect(raised[0].annotations["summary"] == "error_rate = 0.3")
        let driftOnly = MonitorAlert.raised(
            by: failing, for: MonitorAction(when: [.driftDetected], webhook: WebhookAction(url: "http://x")))
        #expect(driftOnly.isEmpty, "when: [DriftDetected] ignores metric failures")
    }

    @Test func firingIsSentThenResentEachIntervalThenResolvedOnce() throws {
        let ledger = AlertLedger(resendInterval: .seconds(60))
        let raised = alerts(failing)
        let first = try #require(ledger.delivery(to: destination, desired: raised, now: start))
        #expect(first.alerts.count == 1)
        #expect(first.alerts[0]["endsAt"]?.stringValue == KubeTime(start.addingTimeInterval(240)).rfc3339)
        ledger.delivered(first, to: destination, at: endpoint)

        #expect(ledger.delivery(to: destination, desired: raised, now: start.addingTimeInterval(30)) == nil)
        let resent = try #require(ledger.delivery(to: destination, desired: raised, now: start.addingTimeInterval(60)))
        #expect(resent.alerts[0]["startsAt"]?.stringValue == KubeTime(start).rfc3339, "a resend keeps the start")
        ledger.delivered(resent, to: destination, at: endpoint)

        let cleared = start.addingTimeInterval(90)
        let resolved = try #require(ledger.delivery(to: destination, desired: [], now: cleared))
        #expect(resolved.alerts[0]["endsAt"]?.stringValue == KubeTime(cleared).rfc3339)
        ledger.delivered(resolved, to: destination, at: endpoint)
        #expect(ledger.destinations(of: destination.monitor).isEmpty)
        #expect(ledger.delivery(to: destination, desired: [], now: cleared) == nil)
    }

    @Test func anUndeliveredAlertIsOfferedAgainAndAGoneMonitorResolvesWithItsLastEndpoint() throws {
        let ledger = AlertLedger()
        let raised = alerts(failing)
        _ = try #require(ledger.delivery(to: destination, desired: raised, now: start))
        // Not delivered (the POST failed): the next attempt sends it again.
        let retry = try #require(ledger.delivery(to: destination, desired: raised, now: start.addingTimeInterval(1)))
        ledger.delivered(retry, to: destination, at: endpoint)
        let gone = try #require(ledger.delivery(to: destination, desired: [], now: start.addingTimeInterval(5)))
        #expect(ledger.endpoint(of: destination) == endpoint, "where a gone Monitor's alerts are resolved")
        #expect(gone.alerts.count == 1)
    }
}
