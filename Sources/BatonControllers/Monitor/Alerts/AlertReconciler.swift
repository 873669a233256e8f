import BatonAPI
import Foundation
import KubeClient
import KubeCore
import KubeRuntime
import Logging

/// Delivers a Monitor's webhook actions: it reads the verdicts the Monitor controller wrote to
/// status and makes each webhook know the failures as firing alerts, and those that cleared as
/// resolved. Level-triggered like any reconciler: a failed POST is retried with the work
/// queue's backoff, and a firing alert is resent every `AlertLedger.resendInterval`.
struct AlertReconciler: Reconciler {
    let monitors: ObjectCache
    let ledger: AlertLedger
    let values: NamespacedValues
    let transport: any HTTPTransport
    let events: EventRecorder
    let clock: RuntimeClock
    let logger: Logger

    static let deliveryFailedReason = "AlertDeliveryFailed"

    struct DeliveryFailed: Error, CustomStringConvertible {
        var description: String
    }

    func reconcile(_ key: ObjectKey) async throws -> ReconcileResult {
        let raw = monitors.get(key).flatMap { $0[path: ["metadata", "deletionTimestamp"]] == nil ? $0 : nil }
        let monitor = try? raw?.decode(Monitor.self)
        var wanted: [AlertLedger.Destination: (action: WebhookAction, alerts: [MonitorAlert])] = [:]
        for (index, action) in (monitor?.spec.actions ?? []).enumerated() {
            guard let monitor, let webhook = action.webhook else { continue }
            wanted[AlertLedger.Destination(monitor: key, action: index)] = (webhook, MonitorAlert.raised(by: monitor, for: action))
        }
        var failures: [String] = []
        for destination in Set(wanted.keys).union(ledger.destinations(of: key)).sorted(by: { $0.action < $1.action }) {
            var endpoint: WebhookEndpoint?
            if let webhook = wanted[destination]?.action {
                do {
                    endpoint = try await WebhookEndpoint.resolve(webhook, namespace: key.namespace ?? "default", values: values)
                } catch {
                    failures.append("actions[\(destination.action)].webhook: \(error)")
                    continue
                }
            }
            guard let delivery = ledger.delivery(
                to: destination, endpoint: endpoint, desired: wanted[destination]?.alerts ?? [], now: clock.date())
            else { continue }
            do {
                try await post(delivery)
                ledger.delivered(delivery, to: destination)
            } catch {
                failures.append("actions[\(destination.action)].webhook: \(error)")
            }
        }
        if !failures.isEmpty {
            let message = "could not deliver alerts: " + failures.joined(separator: "; ") + "; retrying with backoff"
            logger.warning("\(message)", metadata: ["monitor": "\(key)"])
            if let raw {
                await events.record(about: raw, type: .warning, reason: Self.deliveryFailedReason, action: "Alert", note: message)
            }
            throw DeliveryFailed(description: message)
        }
        return ReconcileResult(requeueAfter: ledger.destinations(of: key).isEmpty ? nil : ledger.resendInterval)
    }

    private func post(_ delivery: AlertLedger.Delivery) async throws {
        var headers = [(name: "Content-Type", value: "application/json")]
        if let authorization = delivery.endpoint.authorization { headers.append((name: "Authorization", value: authorization)) }
        let body = try JSONValue.array(delivery.alerts).jsonString()
        let response = try await transport.send(HTTPRequest(
            method: "POST", url: delivery.endpoint.url, headers: headers, body: Data(body.utf8), timeout: .seconds(10)))
        guard (200..<300).contains(response.status) else {
            let excerpt = String(decoding: response.body.prefix(200), as: UTF8.self)
            throw DeliveryFailed(description: "the webhook answered HTTP \(response.status): \(excerpt)")
        }
    }
}
