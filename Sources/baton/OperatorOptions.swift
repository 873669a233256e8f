import ArgumentParser
import BatonAPI
import BatonControllers
import Foundation
import KubeRuntime

/// The operator's flags, shared by `baton operator` and the operator inside `baton dev`.
struct OperatorOptions: ParsableArguments {
    @Option(help: "Watch only this namespace (default: all namespaces).")
    var namespace: String?

    @Flag(help: "Run the controllers only while holding the leader Lease, so replicas can stand by.")
    var leaderElect = false

    @Option(help: "Namespace of the leader Lease (default: the pod's namespace, else baton-system).")
    var leaderElectionNamespace: String?

    @Option(help: "Where /metrics listens: :PORT, HOST:PORT, or 0 for off.")
    var metricsBindAddress = ":8080"

    @Option(help: "Where /healthz and /readyz listen: :PORT, HOST:PORT, or 0 for off.")
    var healthProbeBindAddress = ":8081"

    @Option(help: "OperatorConfiguration YAML: runtime images, storage initializer, defaults.")
    var config: String?

    @Option(help: "Concurrent Model reconciles.")
    var maxConcurrentReconciles = 4

    @Option(help: "Concurrent Monitor evaluations (they wait on Prometheus, not on the CPU).")
    var maxConcurrentEvaluations = 16

    @Option(help: "The Prometheus of Monitors that name none, overriding the configuration's prometheus.url.")
    var prometheusURL: String?

    // Off by default, as in controller-runtime since 0.21 on SIG API Machinery's advice: the
    // API server's priority and fairness guards it, and a client-side limit only slows a large
    // fleet's reconciles (it bounded the 1,000-Model benchmark at 50 qps).
    @Option(
        name: .customLong("kube-api-qps"),
        help: "Client-side limit on API requests per second; 0 leaves it to the API server's priority and fairness.")
    var kubeAPIQPS: Double = 0

    @Option(name: .customLong("kube-api-burst"), help: "Requests allowed in a burst above --kube-api-qps.")
    var kubeAPIBurst = 100

    @Option(help: "How often every object is reconciled again, changed or not (1h, 30m; 0s: never).")
    var syncPeriod = "10h"

    func validate() throws {
        _ = try metricsAddress()
        _ = try healthAddress()
        _ = try resyncPeriod()
        guard maxConcurrentReconciles > 0 else { throw ValidationError("--max-concurrent-reconciles must be at least 1") }
        guard maxConcurrentEvaluations > 0 else { throw ValidationError("--max-concurrent-evaluations must be at least 1") }
        if let prometheusURL, let problem = DefaultPrometheus.problem(with: prometheusURL) {
            throw ValidationError("--prometheus-url: \(problem)")
        }
    }

    func metricsAddress() throws -> BindAddress? {
        do { return try BindAddress.parse(metricsBindAddress) } catch { throw ValidationError("--metrics-bind-address: \(error)") }
    }

    func healthAddress() throws -> BindAddress? {
        do { return try BindAddress.parse(healthProbeBindAddress) } catch { throw ValidationError("--health-probe-bind-address: \(error)") }
    }

    /// `--sync-period` as the manager takes it: nil for `0s`.
    func resyncPeriod() throws -> Duration? {
        guard let period = KubeDuration(syncPeriod) else {
            throw ValidationError("--sync-period: \"\(syncPeriod)\" is not a duration: write it as 10h, 30m, 1h30m or 0s")
        }
        return period.duration > .zero ? period.duration : nil
    }

    /// The configuration file's settings (the defaults without one), with `--prometheus-url`.
    func operatorConfiguration() throws -> OperatorConfiguration {
        var configuration = OperatorConfiguration()
        if let config {
            do {
                configuration = try OperatorConfiguration(yaml: String(contentsOfFile: config, encoding: .utf8))
            } catch {
                throw ValidationError("--config \(config): \(error)")
            }
        }
        if let prometheusURL { configuration.prometheus = DefaultPrometheus(url: prometheusURL) }
        return configuration
    }

    /// The Lease's namespace: the flag, else the namespace of the pod's service account.
    var leaseNamespace: String {
        if let leaderElectionNamespace { return leaderElectionNamespace }
        let file = "/var/run/secrets/kubernetes.io/serviceaccount/namespace"
        if let namespace = try? String(contentsOfFile: file, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines),
            !namespace.isEmpty
        {
            return namespace
        }
        return "baton-system"
    }
}
