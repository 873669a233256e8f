import BatonAPI
import Foundation
import KubeClient
import KubeCore
import KubeRuntime
import Metrics

/// Wires the Monitor controller into a manager.
public enum MonitorController {
    public static let name = "monitor"
    /// The field manager of the Monitor's status, the only thing this controller writes.
    public static let fieldManager = "baton-monitor"

    public static let resource = APIResource(Monitor.groupVersionResource, kind: Monitor.kind)
    /// The controller carrying out webhook and retrain actions; it reads what this one writes.
    public static let actionsName = "monitor-actions"
    /// Its field manager: the `ActionsDelivered` condition and retrain requests on Pipelines.
    public static let actionsFieldManager = "baton-monitor-actions"

    /// Registers the controllers (evaluation, and alert delivery); call before `manager.run()`. Evaluations wait on Prometheus,
    /// not on the CPU, so the default runs 16 at once: 10,000 Monitors at 1m make about 170
    /// evaluations a second, each a few queries of a few milliseconds.
    @discardableResult
    public static func register(
        on manager: Manager, configuration: OperatorConfiguration, events: EventRecorder,
        prometheus: PrometheusClient = PrometheusClient(), workers: Int = 16
    ) throws -> Controller {
        let values = NamespacedValues(client: manager.client)
        let evaluator = MonitorEvaluator(manager: manager, configuration: configuration, prometheus: prometheus)
        let metrics = evaluator.metrics
        let schedule = EvaluationSchedule()
        let builder = manager.controller(name).for(resource, indexes: MonitorIndex.indexes)
        let monitors = builder.stores.primary
        // A Monitor deleted takes its schedule and its series on /metrics with it.
        try manager.informer(for: resource, indexes: MonitorIndex.indexes).addHandler { event in
            guard case let .deleted(monitor) = event.change else { return }
            schedule.forget(uid: monitor[path: ["metadata", "uid"]]?.stringValue ?? "")
            if let key = ObjectKey(of: monitor) { metrics.forget(key) }
        }
        let reconciler = MonitorReconciler(evaluator: evaluator, schedule: schedule, metrics: metrics, clock: manager.clock)
        try registerActions(on: manager, values: values, events: events)
        return try builder
            // What the Model serves decides which versions are measured.
            .watches(ModelController.resource) { model in
                guard let key = ObjectKey(of: model) else { return [] }
                return MonitorIndex.monitors(of: key, in: monitors).compactMap { ObjectKey(of: $0) }
            }
            .workers(workers)
            .complete(reconciler, fieldManager: fieldManager, events: events)
    }

    /// Actions follow the Monitor's status, so every change wakes them (not only spec changes),
    /// and a few workers suffice: only Monitors with violations and actions write anything.
    private static func registerActions(on manager: Manager, values: NamespacedValues, events: EventRecorder) throws {
        let builder = manager.controller(actionsName).for(resource, filter: .changesOnly, indexes: MonitorIndex.indexes)
        try builder.workers(4).complete(
            MonitorActionsReconciler(
                monitors: builder.stores.primary, ledger: AlertLedger(), requested: RetrainLedger(), values: values,
                applier: ObjectApplier(client: manager.client, fieldManager: actionsFieldManager),
                transport: try CurlTransport(connectTimeout: .seconds(5)), events: events, clock: manager.clock,
                logger: manager.logger))
    }
}
