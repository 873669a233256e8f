import ArgumentParser
import BatonAPI
import DevCluster
import DevMonitoring
import Foundation
import KubeClient
import KubeCore
import Logging
import ServiceLifecycle
import UnixSignals

struct DevCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dev",
        abstract: "Run a local Kubernetes-compatible cluster with simulated workloads, Baton's CRDs and the operator.",
        discussion: """
            Serves on 127.0.0.1 (HTTPS, bearer token) until interrupted (SIGINT or SIGTERM) and writes a kubeconfig \
            for it. The operator runs in the same process and talks to the cluster over HTTPS, as it would to a real \
            one. Point kubectl at it with: export KUBECONFIG=<kubeconfig path>

            The kubeconfig is readable by you only (0600). An existing file there is replaced only if it is \
            empty or a kubeconfig whose clusters, users and contexts are all named baton-dev, as the ones baton dev \
            writes are; anything else is kept unless --force is given.
            """)

    @Option(help: "Port to listen on (0-65535); 0 picks a free one.")
    var port = 0

    @Option(help: "Where to write the kubeconfig (default: ~/.baton/dev/kubeconfig).")
    var kubeconfig: String?

    @Flag(help: "Replace the kubeconfig file even if baton dev did not write it.")
    var force = false

    @Flag(help: "Do not run the operator (the CRDs are still installed).")
    var noOperator = false

    @Flag(help: "Serve the API only: no simulated Pods, Jobs or Deployments.")
    var noSimulation = false

    @Option(name: .customLong("apply"), help: "A manifest file or directory to apply once the cluster is up (repeatable).")
    var manifests: [String] = []

    @Option(help: """
        Run Prometheus and Alertmanager (the machine's prometheus and prometheus-alertmanager packages) \
        for Monitors: auto runs them when installed, off never (as with --no-simulation, which has no model servers \
        to scrape).
        """)
    var prometheus: DevMonitoringMode = .auto

    @Option(help: "Where the operator's /metrics listens: HOST:PORT, or 0 for off.")
    var operatorMetricsBindAddress = "127.0.0.1:0"

    @Option(help: "Log format of the operator: json or text.")
    var logFormat: LogFormat = .text

    @Option(help: "Log level of the operator.")
    var logLevel: Logger.Level = .warning

    func validate() throws {
        guard (0...65535).contains(port) else {
            throw ValidationError("--port must be between 0 and 65535 (0 picks a free port); got \(port)")
        }
    }

    func run() async throws {
        logFormat.bootstrap(level: logLevel)
        // Trapped from the start: a signal during start-up waits here, instead of killing the
        // process and orphaning the Prometheus and Alertmanager it may have started.
        let signals = await UnixSignalsSequence(trapping: .sigint, .sigterm)
        let objects = try ManifestApplier.objects(in: manifests)
        let kubeconfigFile = DevKubeconfig(path: kubeconfig ?? DevKubeconfig.defaultPath)
        // Before the cluster starts, so a refusal costs nothing.
        if !force { try kubeconfigFile.checkReplaceable() }
        let path = kubeconfigFile.path
        let cluster = try await DevCluster.start(.init(
            port: port, simulation: !noSimulation, logger: Logger(label: "baton.dev")))
        let services: ServiceGroup?
        let running: Task<Void, Never>?
        var monitoring: DevMonitoringServers?
        do {
            try kubeconfigFile.write(cluster.kubeconfig(context: DevKubeconfig.entryName))
            let clientConfiguration = try KubeConfigLoader(explicitPath: path, environment: [:]).load()
            let client = KubeAPIClient(
                configuration: clientConfiguration, transport: try CurlTransport(configuration: clientConfiguration),
                credentialProvider: clientConfiguration.credentialProvider())
            try await installCRDs(client)
            if prometheus == .auto, let discoveryURL = cluster.modelMetricsDiscoveryURL {
                monitoring = try await DevMonitoringServers.start(discoveryURL: discoveryURL)
            }
            if let alertmanager = monitoring?.alertmanager {
                try await Self.publishAlertmanager(alertmanager.url, client: client)
            }
            (services, running) =
                noOperator ? (nil, nil) : try startOperator(clientConfiguration, prometheusURL: monitoring?.prometheus.url)
            let applied = try await ManifestApplier(client: client, fieldManager: "baton-dev").apply(objects)
            for name in applied { FileHandle.standardOutput.write(Data("\(name) applied\n".utf8)) }
        } catch {
            await monitoring?.stop()
            await cluster.stop()
            throw error
        }
        // Written unbuffered, so a script waiting for this line sees it at once.
        FileHandle.standardOutput.write(Data("baton dev cluster at \(cluster.url) — use it with: export KUBECONFIG=\(path)\n".utf8))
        for await _ in signals { break }
        await services?.triggerGracefulShutdown()
        await running?.value
        await monitoring?.stop()
        await cluster.stop()
    }

    /// The CRDs as `kubectl apply --server-side -f manifests/crds` would install them, then a
    /// wait until they are served, so the operator's first list finds its kinds.
    private func installCRDs(_ client: KubeAPIClient) async throws {
        let crds = client.resource(.init(group: "apiextensions.k8s.io", version: "v1", resource: "customresourcedefinitions"))
        for definition in CustomResourceDefinitions.all {
            _ = try await crds.apply(definition, options: PatchOptions(fieldManager: "baton-dev", force: true))
        }
        for definition in CustomResourceDefinitions.all {
            guard let name = definition[path: ["metadata", "name"]]?.stringValue else { continue }
            for _ in 0..<100 {
                let conditions = try await crds.get(name)[path: ["status", "conditions"]]?.arrayValue ?? []
                if conditions.contains(where: { $0["type"] == "Established" && $0["status"] == "True" }) { break }
                try await Task.sleep(for: .milliseconds(50))
            }
        }
    }

    /// The Secret the sample Monitors' webhooks read their URL from (`urlSecretRef`), holding
    /// the alert endpoint of the Alertmanager `baton dev` runs: its port changes every run.
    static let alertmanagerSecret = (namespace: "default", name: "baton-dev-alertmanager", key: "url")

    private static func publishAlertmanager(_ url: String, client: KubeAPIClient) async throws {
        let secret: JSONValue = [
            "apiVersion": "v1", "kind": "Secret",
            "metadata": ["name": .string(alertmanagerSecret.name), "namespace": .string(alertmanagerSecret.namespace)],
            "stringData": [.init(alertmanagerSecret.key): .string(url + "/api/v2/alerts")],
        ]
        _ = try await client.resource(.init(group: "", version: "v1", resource: "secrets"), namespace: alertmanagerSecret.namespace)
            .apply(secret, options: PatchOptions(fieldManager: "baton-dev", force: true))
    }

    /// - Parameter prometheusURL: the Prometheus `baton dev` runs, for Monitors that name none.
    private func startOperator(
        _ clientConfiguration: ClientConfiguration, prometheusURL: String?
    ) throws -> (ServiceGroup, Task<Void, Never>) {
        let options = try OperatorOptions.parse(
            ["--metrics-bind-address", operatorMetricsBindAddress, "--health-probe-bind-address", "0"]
                + (prometheusURL.map { ["--prometheus-url", $0] } ?? []))
        let logger = Logger(label: "baton.operator")
        let assembly = try OperatorAssembly(
            clientConfiguration: clientConfiguration, options: options, logger: logger,
            onListening: { endpoint, port in
                guard endpoint == "metrics" else { return }
                FileHandle.standardOutput.write(Data("operator metrics at http://127.0.0.1:\(port)/metrics\n".utf8))
            })
        let group = ServiceGroup(configuration: ServiceGroupConfiguration(services: assembly.services, logger: logger))
        let task = Task {
            do { try await group.run() } catch { logger.error("operator stopped: \(error)") }
        }
        return (group, task)
    }
}
