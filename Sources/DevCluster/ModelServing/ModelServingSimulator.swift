import KubeCore
import Logging
import Synchronization

/// The model servers in a Model's serving pods, simulated: every Running pod labelled
/// `baton.dev/model` and `baton.dev/version` (and not a Job's) serves traffic as its
/// Deployment's or Model's annotations say (see `SimulationAnnotations`) and shows it as
/// Prometheus metrics; `targets` lists those pods for Prometheus' HTTP service discovery.
///
/// A pod's traffic is counted from its first scrape on. Each scrape adds the time since the
/// previous one at the settings read then, so a changed annotation shows from that moment on.
/// As on a cluster, requests reach a pod through a Gateway's HTTPRoutes or a Service: a pod an
/// HTTPRoute of its namespace reaches receives what the routes send it (`RoutedTraffic`: a
/// canary's weight, a shadow's mirrored copy); otherwise a pod some Service selects receives
/// its per-pod rate, and pods nothing selects (a rolled-back candidate's last ones, a stable
/// version while a Recreate candidate takes over) serve none.
final class ModelServingSimulator: Sendable {
    static let modelLabel = "baton.dev/model"
    static let versionLabel = "baton.dev/version"

    private struct Server {
        var updated: ContinuousClock.Instant
        var traffic = ServedTraffic()
    }

    private let writes: ObjectWrites
    private let logger: Logger
    /// By pod uid; a pod's entry goes when it is no longer listed as a target.
    private let servers = Mutex<[String: Server]>([:])
    /// The bad annotations already logged, by the object that carries them, so a bad value is
    /// logged once rather than at every scrape.
    private let logged = Mutex<Set<String>>([])

    init(writes: ObjectWrites, logger: Logger) {
        self.writes = writes
        self.logger = logger
    }

    private var pods: ResourceType { writes.registry.lookup(group: "", version: "v1", plural: "pods")! }
    private var services: ResourceType { writes.registry.lookup(group: "", version: "v1", plural: "services")! }
    /// Nil while the Gateway API's HTTPRoute CRD is not installed.
    private var httpRoutes: ResourceType? {
        writes.registry.all.first { $0.group == RoutedTraffic.group && $0.plural == RoutedTraffic.plural }
    }

    static func metricsPath(namespace: String, pod: String) -> String { "/pods/\(namespace)/\(pod)/metrics" }

    /// What Prometheus' `http_sd_configs` reads: a target group per serving pod, each scraped at
    /// `address` on the pod's own metrics path, labelled with the pod and its model.
    func targets(address: String) -> JSONValue {
        let serving = writes.store.list(pods.storageKey, namespace: nil).items.map(\.object).filter(Self.isServing)
        let current = Set(serving.map(\.uid))
        servers.withLock { $0 = $0.filter { current.contains($0.key) } }
        return .array(serving.map { pod in
            let labels = pod[path: ["metadata", "labels"]]
            return [
                "targets": [.string(address)],
                "labels": [
                    "__metrics_path__": .string(Self.metricsPath(namespace: pod.namespace, pod: pod.name)),
                    "namespace": .string(pod.namespace), "pod": .string(pod.name),
                    "model": labels?[Self.modelLabel] ?? "", "version": labels?[Self.versionLabel] ?? "",
                ],
            ]
        })
    }

    /// The pod's metrics page, with the traffic served up to now; nil when no such pod serves.
    func metrics(namespace: String, pod name: String) -> String? {
        guard let pod = writes.store.get(pods.storageKey, ObjectKey(namespace: namespace, name: name)), Self.isServing(pod)
        else { return nil }
        var settings = settings(for: pod)
        settings.requestRate = requestRate(of: pod, perPod: settings.requestRate)
        let traffic = servers.withLock { servers in
            let now = ContinuousClock.now
            var server = servers[pod.uid] ?? Server(updated: now)
            server.traffic.serve(for: (now - server.updated).timeInterval, settings)
            server.updated = now
            servers[pod.uid] = server
            return server.traffic
        }
        return Self.page(traffic)
    }

    /// The requests per second that reach the pod: what the HTTPRoutes of its namespace send it
    /// when one reaches it, else `rate` when a Service of its namespace selects it, else none.
    /// Routes, and then the namespace's pods, are read only when there are some to read.
    private func requestRate(of pod: JSONValue, perPod rate: Double) -> Double {
        let store = writes.store
        let services = store.list(self.services.storageKey, namespace: pod.namespace).items.map(\.object)
        if let httpRoutes, case let routes = store.list(httpRoutes.storageKey, namespace: pod.namespace).items, !routes.isEmpty,
            let routed = RoutedTraffic.requestRate(
                of: pod, perPod: rate, routes: routes.map(\.object), services: services,
                pods: store.list(pods.storageKey, namespace: pod.namespace).items.map(\.object))
        {
            return routed
        }
        return services.contains { service in
            service[path: ["spec", "selector"]]?.objectValue.map { Self.selects($0, pod) } ?? false
        } ? rate : 0
    }

    /// Whether a Service's selector selects the pod (an empty one selects none).
    static func selects(_ selector: JSONObject, _ pod: JSONValue) -> Bool {
        let labels = pod[path: ["metadata", "labels"]]?.objectValue ?? [:]
        return !selector.isEmpty && selector.allSatisfy { key, value in labels[key] == value }
    }

    static func isServing(_ pod: JSONValue) -> Bool {
        let labels = pod[path: ["metadata", "labels"]]
        let ownedByJob = (pod[path: ["metadata", "ownerReferences"]]?.arrayValue ?? []).contains {
            $0["kind"] == "Job" && $0["controller"]?.boolValue == true
        }
        return pod[path: ["status", "phase"]] == "Running" && !pod.isDeleting && !ownedByJob
            && !(labels?[modelLabel]?.stringValue ?? "").isEmpty && !(labels?[versionLabel]?.stringValue ?? "").isEmpty
    }

    /// The annotations of the pod's Deployment (or its pod template), else of the Deployment's
    /// controlling owner.
    private func settings(for pod: JSONValue) -> ServingSettings {
        let replicaSet = writes.controllingOwner(of: pod)
        guard let deployment = replicaSet.flatMap(writes.controllingOwner(of:)), deployment["kind"] == "Deployment"
        else { return ServingSettings() }
        let owner = writes.controllingOwner(of: deployment)
        return ServingSettings(
            annotation: { key in
                SimulationAnnotations.value(key, on: deployment, template: ["spec", "template"])
                    ?? owner?[path: ["metadata", "annotations", key]]?.stringValue
            },
            rejected: { rejection in
                let source = "Deployment \(deployment.namespace)/\(deployment.name)"
                guard logged.withLock({ $0.insert("\(source) \(rejection.key)=\(rejection.value)").inserted }) else { return }
                logger.warning(
                    "simulated model server: ignoring \(rejection.key)=\"\(rejection.value)\" of \(source) or its owner (expected \(rejection.expected)); using the default")
            })
    }

    private static func page(_ traffic: ServedTraffic) -> String {
        var exposition = MetricsExposition()
        exposition.counter("baton_model_requests_total", help: "Requests served.", traffic.requests)
        exposition.counter("baton_model_request_errors_total", help: "Requests that failed.", traffic.errors)
        exposition.histogram(
            "baton_model_request_duration_seconds", help: "How long requests took.", [([], traffic.latency)])
        exposition.histogram("baton_model_prediction", help: "The scores the model predicted, 0 to 1.", [([], traffic.prediction)])
        exposition.histogram(
            "baton_model_feature_value", help: "The values of the model's input features.",
            traffic.features.sorted { $0.key < $1.key }.map { ([("feature", $0.key)], $0.value) })
        return exposition.text
    }
}
