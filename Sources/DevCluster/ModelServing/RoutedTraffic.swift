import KubeCore

/// The requests a serving pod receives through the Gateway API HTTPRoutes of its namespace, as a
/// Gateway in front of them shares them out (the rules `SimulationAnnotations` documents). Each
/// rule receives as many requests as the serving pods behind its backendRefs of non-zero weight
/// serve at the per-pod rate; its backend Services share them by weight, each share spread
/// evenly over the Running serving pods the Service selects, and each RequestMirror filter's
/// Service receives a copy of them (of `percent` or `fraction` of them when set), spread the
/// same way.
///
/// Only Services of the route's namespace count (`group` "" and `kind` Service, the defaults; no
/// `namespace`, or the route's): any other backendRef is left out as if absent. A Service that
/// selects no serving pod keeps its weight: its share is served by no one, as a Gateway answers
/// it with errors.
enum RoutedTraffic {
    /// Where HTTPRoutes are served (in any version: they are stored alike).
    static let group = "gateway.networking.k8s.io"
    static let plural = "httproutes"

    /// The Service a backendRef names, when it is one of the namespace's.
    private static func service(_ reference: JSONValue?, namespace: String) -> String? {
        guard let reference, (reference["group"]?.stringValue ?? "") == "", (reference["kind"]?.stringValue ?? "Service") == "Service",
            (reference["namespace"]?.stringValue ?? namespace) == namespace
        else { return nil }
        return reference["name"]?.stringValue
    }

    private struct Rule {
        var backends: [(service: String, weight: Double)] = []
        /// The share of the rule's requests each copies.
        var mirrors: [(service: String, share: Double)] = []

        init(_ rule: JSONValue, namespace: String) {
            for reference in rule["backendRefs"]?.arrayValue ?? [] {
                guard let name = RoutedTraffic.service(reference, namespace: namespace) else { continue }
                backends.append((name, max(0, reference["weight"]?.doubleValue ?? 1)))
            }
            for filter in rule["filters"]?.arrayValue ?? [] where filter["type"] == "RequestMirror" {
                let mirror = filter["requestMirror"]
                guard let name = RoutedTraffic.service(mirror?["backendRef"], namespace: namespace) else { continue }
                let fraction = mirror?["fraction"]
                let share = mirror?["percent"]?.doubleValue.map { $0 / 100 }
                    ?? fraction?["numerator"]?.doubleValue.map { $0 / max(1, fraction?["denominator"]?.doubleValue ?? 100) }
                mirrors.append((name, min(1, max(0, share ?? 1))))
            }
        }

        var services: [String] { backends.map(\.service) + mirrors.map(\.service) }
    }

    /// The requests per second `pod` receives through `routes` at `rate` requests per second per
    /// pod, given the `services` and `pods` of its namespace (the pods are read only when a
    /// route reaches it); nil when no route reaches it (no backendRef or mirror selects it).
    static func requestRate(
        of pod: JSONValue, perPod rate: Double, routes: [JSONValue], services: [JSONValue], pods: @autoclosure () -> [JSONValue]
    ) -> Double? {
        let namespace = pod.namespace
        var selectors: [String: JSONObject] = [:]
        for service in services { selectors[service.name] = service[path: ["spec", "selector"]]?.objectValue }
        func selects(_ service: String, _ pod: JSONValue) -> Bool {
            selectors[service].map { ModelServingSimulator.selects($0, pod) } ?? false
        }
        let rules = routes.filter { $0.namespace == namespace }.flatMap { route in
            (route[path: ["spec", "rules"]]?.arrayValue ?? []).map { Rule($0, namespace: namespace) }
        }
        guard rules.contains(where: { $0.services.contains { selects($0, pod) } }) else { return nil }

        let serving = pods().filter(ModelServingSimulator.isServing)
        var servers: [String: [String]] = [:]
        /// The names of the serving pods the Service selects.
        func picked(_ service: String) -> [String] {
            if let names = servers[service] { return names }
            let names = serving.filter { selects(service, $0) }.map(\.name)
            servers[service] = names
            return names
        }
        /// What reaches `pod` of `requests` spread evenly over the pods `service` selects.
        func share(_ requests: Double, by service: String) -> Double {
            let names = picked(service)
            return names.contains(pod.name) ? requests / Double(names.count) : 0
        }
        var received = 0.0
        for rule in rules {
            let requests = rate * Double(Set(rule.backends.filter { $0.weight > 0 }.flatMap { picked($0.service) }).count)
            let weights = rule.backends.map(\.weight).reduce(0, +)
            for backend in rule.backends where backend.weight > 0 {
                received += share(requests * backend.weight / weights, by: backend.service)
            }
            for mirror in rule.mirrors { received += share(requests * mirror.share, by: mirror.service) }
        }
        return received
    }
}
