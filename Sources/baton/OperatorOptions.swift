import ArgumentParser
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

    @Option(name: .customLong("kube-api-qps"), help: "Client-side limit on API requests per second (0: no limit).")
    var kubeAPIQPS: Double = 50

    @Option(name: .customLong("kube-api-burst"), help: "Requests allowed in a burst above --kube-api-qps.")
    var kubeAPIBurst = 100

    func validate() throws {
        _ = try metricsAddress()
        _ = try healthAddress()
        guard maxConcurrentReconciles > 0 else { throw ValidationError("--max-concurrent-reconciles must be at least 1") }
    }

    func metricsAddress() throws -> BindAddress? {
        do { return try BindAddress.parse(metricsBindAddress) } catch { throw ValidationError("--metrics-bind-address: \(error)") }
    }

    func healthAddress() throws -> BindAddress? {
        do { return try BindAddress.parse(healthProbeBindAddress) } catch { throw ValidationError("--health-probe-bind-address: \(error)") }
    }

    func operatorConfiguration() throws -> OperatorConfiguration {
        guard let config else { return OperatorConfiguration() }
        do {
            return try OperatorConfiguration(yaml: String(contentsOfFile: config, encoding: .utf8))
        } catch {
            throw ValidationError("--config \(config): \(error)")
        }
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
