import BatonControllers
import Foundation
import KubeClient
import KubeRuntime
import Logging
import Prometheus
import ServiceLifecycle

/// Puts the operator together from its options: a metered client, the manager with the Model,
/// Monitor and Policy controllers, and the metrics and probe endpoints — the same pieces
/// whether it runs in a pod (`baton operator`) or inside `baton dev`.
struct OperatorAssembly {
    let manager: Manager
    let services: [any Service]

    /// - Parameter onListening: called with each endpoint's bound port (tests bind port 0).
    init(
        clientConfiguration: ClientConfiguration, options: OperatorOptions, logger: Logger,
        onListening: @escaping @Sendable (String, Int) -> Void = { _, _ in }
    ) throws {
        var clientConfiguration = clientConfiguration
        clientConfiguration.qps = options.kubeAPIQPS > 0 ? options.kubeAPIQPS : nil
        clientConfiguration.burst = options.kubeAPIBurst
        // KubeRuntime records through swift-metrics; this registry backs it and /metrics serves it.
        let registry = PrometheusCollectorRegistry()
        var metricsFactory = PrometheusMetricsFactory(registry: registry)
        metricsFactory.durationHistogramBuckets = RuntimeMetrics.durationHistogramBuckets
        let client = KubeAPIClient(
            configuration: clientConfiguration,
            transport: MeteredTransport(
                try CurlTransport(configuration: clientConfiguration), metricsFactory: metricsFactory),
            credentialProvider: clientConfiguration.credentialProvider(), logger: logger)
        let identity = "\(ProcessInfo.processInfo.hostName)_\(UUID().uuidString.prefix(8).lowercased())"
        var configuration = ManagerConfiguration(namespace: options.namespace)
        configuration.syncPeriod = try options.resyncPeriod()
        if options.leaderElect {
            configuration.leaderElection = LeaderElectionConfiguration(
                leaseName: "baton-operator", namespace: options.leaseNamespace, identity: identity)
        }
        let manager = Manager(client: client, configuration: configuration, metricsFactory: metricsFactory, logger: logger)
        let operatorConfiguration = try options.operatorConfiguration()
        let events = EventRecorder(
            client: client, controller: "baton.dev/operator", instance: identity, clock: manager.clock, logger: logger)
        try ModelController.register(
            on: manager, configuration: operatorConfiguration, events: events, workers: options.maxConcurrentReconciles)
        try MonitorController.register(
            on: manager, configuration: operatorConfiguration, events: events, workers: options.maxConcurrentEvaluations)
        try PolicyController.register(on: manager, configuration: operatorConfiguration, events: events)
        var services: [any Service] = [manager]
        if let address = try options.metricsAddress() {
            services.append(EndpointServer(
                address: address, liveness: nil, readiness: nil, metrics: { registry.emitToBuffer() }, logger: logger,
                onListening: { onListening("metrics", $0) }))
        }
        if let address = try options.healthAddress() {
            services.append(EndpointServer(
                address: address, liveness: { await manager.livenessFailures() }, readiness: { manager.unsyncedCaches() },
                metrics: nil, logger: logger,
                onListening: { onListening("health", $0) }))
        }
        self.manager = manager
        self.services = services
    }
}
