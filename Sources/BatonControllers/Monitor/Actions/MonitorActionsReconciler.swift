import BatonAPI
import Foundation
import KubeClient
import KubeCore
import KubeRuntime
import Logging

/// Carries out a Monitor's webhook and retrain actions from the verdicts the Monitor
/// controller wrote to its status: each webhook knows the failures as firing alerts and those
/// that cleared as resolved; each retrain action's Pipeline carries a run request for the
/// violation. (Rollback is the Model controller's, which reads the same verdicts.)
/// Level-triggered like any reconciler: a failed POST or write is retried with the work queue's
/// backoff, and a firing alert is resent every `AlertLedger.resendInterval`.
struct MonitorActionsReconciler: Reconciler {
    let monitors: ObjectCache
    let ledger: AlertLedger
    /// The retrain requests written, by Monitor and action, so that one is written once.
    let requested: RetrainLedger
    let values: NamespacedValues
    /// Writes `ActionsDelivered` under the actions controller's own field manager.
    let applier: ObjectApplier
    let transport: any HTTPTransport
    let events: EventRecorder
    let clock: RuntimeClock
    let logger: Logger

    struct DeliveryFailed: Error, CustomStringConvertible {
        var description: String
    }

    private static let pipelines = Pipeline.groupVersionResource

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
            guard let delivery = ledger.delivery(to: destination, desired: wanted[destination]?.alerts ?? [], now: clock.date())
            else { continue }
            do {
                // Resolved only when there is something to send: a URL or token Secret is read
                // when an alert goes out, not on every change of the Monitor.
                var endpoint = ledger.endpoint(of: destination)
                if let webhook = wanted[destination]?.action {
                    endpoint = try await WebhookEndpoint.resolve(webhook, namespace: key.namespace ?? "default", values: values)
                }
                guard let endpoint else { continue }
                try await post(delivery.alerts, to: endpoint)
                ledger.delivered(delivery, to: destination, at: endpoint)
            } catch {
                failures.append("actions[\(destination.action)].webhook: \(error)")
            }
        }
        if let monitor {
            for (index, request) in RetrainRequest.wanted(by: monitor) {
                do {
                    try await record(request, for: AlertLedger.Destination(monitor: key, action: index))
                } catch {
                    failures.append("actions[\(index)].retrain: \(error)")
                }
            }
        }
        if let raw { try await show(failures, on: raw, monitor: monitor) }
        if !failures.isEmpty {
            let message = Self.message(failures)
            logger.warning("\(message)", metadata: ["monitor": "\(key)"])
            throw DeliveryFailed(description: message)
        }
        return ReconcileResult(requeueAfter: ledger.destinations(of: key).isEmpty ? nil : ledger.resendInterval)
    }

    private static func message(_ failures: [String]) -> String {
        "could not carry out actions: " + failures.joined(separator: "; ") + "; retrying with backoff"
    }

    /// Failed actions show on the Monitor: `ActionsDelivered=False` with what failed and a
    /// Warning Event; once they go through, `ActionsDelivered=True`. The condition appears with
    /// the first failure and is written only when it changes, so a Monitor whose actions always
    /// work carries none and costs no write.
    private func show(_ failures: [String], on raw: JSONValue, monitor: Monitor?) async throws {
        typealias Reason = MonitorConditions.Reason
        let shown = monitor?.status?.conditions?.condition(ofType: MonitorConditions.actionsDelivered)
        let (status, reason, message): (ConditionStatus, String, String) =
            failures.isEmpty
            ? (.true, Reason.delivered, "every action was carried out")
            : (.false, Reason.actionFailed, Self.message(failures))
        guard !failures.isEmpty || shown != nil, shown?.status != status || shown?.message != message else { return }
        try await applier.setCondition(
            Condition(
                type: MonitorConditions.actionsDelivered, status: status, reason: reason, message: message,
                observedGeneration: monitor?.metadata.generation, lastTransitionTime: KubeTime(clock.date())),
            of: raw, in: monitors)
        if !failures.isEmpty {
            await events.record(about: raw, type: .warning, reason: reason, action: "Act", note: message)
        }
    }

    /// Writes the request on the Pipeline unless it was written (by this process, or before a
    /// restart: the Pipeline is read once to find out).
    private func record(_ request: RetrainRequest, for destination: AlertLedger.Destination) async throws {
        guard requested.value(for: destination) != request else { return }
        let pipelines = values.client.resource(Self.pipelines, namespace: destination.monitor.namespace)
        let pipeline: JSONValue
        do {
            pipeline = try await pipelines.get(request.pipeline)
        } catch KubeAPIError.notFound {
            throw DeliveryFailed(description: "Pipeline \(request.pipeline) not found")
        }
        if !request.isRecorded(on: pipeline) {
            _ = try await pipelines.patch(
                request.pipeline, type: .merge, body: request.patch, options: PatchOptions(fieldManager: applier.fieldManager))
        }
        requested.set(request, for: destination)
    }

    private func post(_ alerts: [JSONValue], to endpoint: WebhookEndpoint) async throws {
        var headers = [(name: "Content-Type", value: "application/json")]
        if let authorization = endpoint.authorization { headers.append((name: "Authorization", value: authorization)) }
        let body = try JSONValue.array(alerts).jsonString()
        let response = try await transport.send(HTTPRequest(
            method: "POST", url: endpoint.url, headers: headers, body: Data(body.utf8), timeout: .seconds(10)))
        guard (200..<300).contains(response.status) else {
            let excerpt = String(decoding: response.body.prefix(200), as: UTF8.self)
            throw DeliveryFailed(description: "the webhook answered HTTP \(response.status): \(excerpt)")
        }
    }
}
