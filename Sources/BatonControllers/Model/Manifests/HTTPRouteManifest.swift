import BatonAPI
import KubeCore

/// The Model's Gateway API HTTPRoute (GatewayAPI router): attached to `gatewayRef`, one rule
/// whose weighted backends are the versions' own Services — the stable one alone at rest, the
/// stable and the candidate by the step's weight during a canary — and, for a shadow, a
/// `RequestMirror` filter sending the candidate a copy of every request, whose responses are
/// dropped.
struct HTTPRouteManifest {
    let metadata: ChildMetadata<ModelKind>
    let gateway: GatewayReference
    let route: ServingLayout.Route
    let port: Int32

    var name: String { ModelChildNames.route(model: metadata.ownerName) }

    var httpRoute: JSONValue {
        var parent: JSONObject = ["name": .string(gateway.name)]
        parent["namespace"] = gateway.namespace.map(JSONValue.string)
        parent["sectionName"] = gateway.sectionName.map(JSONValue.string)
        var backends = [backend(route.primary, weight: route.canary == nil || route.mirror ? 100 : 100 - route.weight)]
        if let canary = route.canary, !route.mirror {
            backends.append(backend(canary, weight: route.weight))
        }
        var rule: JSONObject = ["backendRefs": .array(backends)]
        if let candidate = route.canary, route.mirror {
            rule["filters"] = [[
                "type": "RequestMirror",
                "requestMirror": ["backendRef": ["name": .string(service(candidate)), "port": .integer(Int64(port))]],
            ]]
        }
        return [
            "apiVersion": .string(ChildKind.httpRoute.apiVersion),
            "kind": .string(ChildKind.httpRoute.rawValue),
            "metadata": metadata.metadata(name: name, labels: metadata.modelLabels(component: .serving)),
            "spec": ["parentRefs": [.object(parent)], "rules": [.object(rule)]],
        ]
    }

    private func service(_ version: String) -> String {
        ModelChildNames(model: metadata.ownerName, version: version).service
    }

    private func backend(_ version: String, weight: Int32) -> JSONValue {
        ["name": .string(service(version)), "port": .integer(Int64(port)), "weight": .integer(Int64(weight))]
    }
}
