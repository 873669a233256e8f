import KubeClient
import KubeCore

/// A Deployment shaped like the Model controller's serving one: its pods carry the model and
/// version labels that make the dev cluster simulate a model server in them; `annotations`
/// (the `dev.baton.dev/` traffic settings) go on the Deployment.
public func servingDeployment(
    _ name: String, model: String, version: String, annotations: [String: String] = [:]
) -> JSONValue {
    let labels: JSONValue = [
        "baton.dev/model": .string(model), "baton.dev/version": .string(version), "baton.dev/component": "serving",
    ]
    return [
        "apiVersion": "apps/v1", "kind": "Deployment",
        "metadata": [
            "name": .string(name),
            "annotations": .object(.init(uniqueKeysWithValues: annotations.map { ($0.key, JSONValue.string($0.value)) })),
        ],
        "spec": [
            "replicas": 1, "selector": ["matchLabels": labels],
            "template": ["metadata": ["labels": labels], "spec": ["containers": [["name": "server", "image": "mlserver:1.6"]]]],
        ],
    ]
}

extension DevClusterFixture {
    /// Creates a serving Deployment and, as the Model controller does, a Service over its
    /// model's pods: only pods a Service selects receive simulated traffic.
    @discardableResult
    public func createServing(_ deployment: JSONValue) async throws -> JSONValue {
        let labels = deployment[path: ["spec", "selector", "matchLabels"]]
        let model = labels?["baton.dev/model"]?.stringValue ?? ""
        let service: JSONValue = [
            "apiVersion": "v1", "kind": "Service", "metadata": ["name": .string(model)],
            "spec": [
                "selector": ["baton.dev/model": .string(model), "baton.dev/component": "serving"],
                "ports": [["name": "http", "port": 8080, "targetPort": "http"]],
            ],
        ]
        do {
            _ = try await resource("", "v1", "services").create(service)
        } catch KubeAPIError.alreadyExists {
            // Another version of the model: the one Service selects both.
        }
        return try await deployments.create(deployment)
    }

    /// The Running pod of a model's serving Deployment, once there is one.
    public func runningServingPod(model: String) async throws -> JSONValue? {
        let pods = resource("", "v1", "pods")
        var running: JSONValue?
        _ = await eventually {
            running = try? await pods.list(ListOptions(labelSelector: "baton.dev/model=\(model)")).items
                .first { $0[path: ["status", "phase"]] == "Running" }
            return running != nil
        }
        return running
    }
}

/// A Service over one version of a model's serving pods, as the traffic router writes one per
/// version for an HTTPRoute to send to.
public func versionService(_ name: String, model: String, version: String) -> JSONValue {
    [
        "apiVersion": "v1", "kind": "Service", "metadata": ["name": .string(name)],
        "spec": [
            "selector": ["baton.dev/model": .string(model), "baton.dev/version": .string(version), "baton.dev/component": "serving"],
            "ports": [["name": "http", "port": 8080, "targetPort": "http"]],
        ],
    ]
}

/// An HTTPRoute (gateway.networking.k8s.io/v1) with one rule: `backends` (Service, weight —
/// none for the default) share its requests, and `mirror`'s Service gets a copy of them.
public func httpRoute(_ name: String, backends: [(service: String, weight: Int?)], mirror: String? = nil) -> JSONValue {
    var rule: JSONValue = [
        "backendRefs": .array(backends.map { backend in
            var reference: JSONValue = ["name": .string(backend.service), "port": 8080]
            if let weight = backend.weight { reference["weight"] = .integer(Int64(weight)) }
            return reference
        })
    ]
    if let mirror {
        rule["filters"] = [["type": "RequestMirror", "requestMirror": ["backendRef": ["name": .string(mirror), "port": 8080]]]]
    }
    return [
        "apiVersion": "gateway.networking.k8s.io/v1", "kind": "HTTPRoute", "metadata": ["name": .string(name)],
        "spec": ["parentRefs": [["name": "gateway"]], "rules": [rule]],
    ]
}

extension DevClusterFixture {
    /// Where the Gateway API's HTTPRoutes are, once their CRD is installed (`installCorpusCRDs`).
    public var httpRoutes: ResourceClient { resource("gateway.networking.k8s.io", "v1", "httproutes") }

    /// The Running pods of one version of a model, once there are `count`.
    public func runningServingPods(model: String, version: String, count: Int = 1) async throws -> [JSONValue] {
        let pods = resource("", "v1", "pods")
        var running: [JSONValue] = []
        _ = await eventually {
            running = (try? await pods.list(ListOptions(labelSelector: "baton.dev/model=\(model),baton.dev/version=\(version)")).items
                .filter { $0[path: ["status", "phase"]] == "Running" }) ?? []
            return running.count >= count
        }
        return running
    }
}
