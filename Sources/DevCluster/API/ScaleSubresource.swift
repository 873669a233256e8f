import KubeCore

/// The `/scale` subresource: an `autoscaling/v1` Scale view of a workload's (or a custom
/// resource's `subresources.scale`) replica counts and selector.
struct ScaleSubresource {
    let type: ResourceType

    private var paths: ScalePaths { type.scale ?? .standard }

    func scale(of object: JSONValue) throws(APIError) -> JSONValue {
        var metadata: JSONObject = [:]
        for key in ["name", "namespace", "uid", "resourceVersion", "creationTimestamp"] {
            metadata[key] = object[path: ["metadata", key]]
        }
        var status: JSONObject = ["replicas": object[path: paths.statusReplicas] ?? 0]
        if let selector = selector(of: object) { status["selector"] = .string(selector) }
        return [
            "kind": "Scale", "apiVersion": "autoscaling/v1", "metadata": .object(metadata),
            "spec": ["replicas": object[path: paths.specReplicas] ?? 0], "status": .object(status),
        ]
    }

    /// Carries a changed Scale back to the object: spec replicas, and the resourceVersion the
    /// client pinned, if any.
    func apply(_ scale: JSONValue, to object: JSONValue) throws(APIError) -> JSONValue {
        guard let replicas = scale[path: ["spec", "replicas"]]?.intValue, replicas >= 0 else {
            throw .invalid(type, object[path: ["metadata", "name"]]?.stringValue ?? "", [
                .invalid("spec.replicas", scale[path: ["spec", "replicas"]] ?? .null, "must be greater than or equal to 0"),
            ])
        }
        var updated = object
        updated[path: paths.specReplicas] = .integer(replicas)
        if let version = scale[path: ["metadata", "resourceVersion"]]?.stringValue, !version.isEmpty {
            updated.resourceVersion = version
        }
        return updated
    }

    /// Built-in workloads report their spec selector as a label selector string; custom
    /// resources name where theirs is (`labelSelectorPath`).
    private func selector(of object: JSONValue) -> String? {
        if let path = paths.labelSelector, type.isCustom { return object[path: path]?.stringValue }
        guard let selector = try? object[path: ["spec", "selector"]]?.decode(LabelSelector.self) else { return nil }
        return (try? selector.requirements())?.description
    }
}
