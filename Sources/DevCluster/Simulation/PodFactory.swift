import Foundation
import KubeCore

/// Pods as the workload controllers make them from a template: owned by their controller,
/// named after it, labelled, and placed on the dev cluster's one node.
enum PodFactory {
    static let nodeName = "baton-dev-node"

    static func pod(
        from template: JSONValue, owner: JSONValue, ownerKind: String, ownerAPIVersion: String, name: String,
        extraLabels: [String: String] = [:], extraAnnotations: [String: String] = [:]
    ) -> JSONValue {
        var metadata = template["metadata"] ?? [:]
        metadata["name"] = .string(name)
        metadata["namespace"] = .string(owner.namespace)
        for (key, value) in extraLabels { metadata[path: ["labels", key]] = .string(value) }
        for (key, value) in extraAnnotations { metadata[path: ["annotations", key]] = .string(value) }
        metadata["ownerReferences"] = [[
            "apiVersion": .string(ownerAPIVersion), "kind": .string(ownerKind), "name": .string(owner.name),
            "uid": .string(owner.uid), "controller": true, "blockOwnerDeletion": true,
        ]]
        var spec = template["spec"] ?? [:]
        spec["nodeName"] = .string(nodeName)
        return ["apiVersion": "v1", "kind": "Pod", "metadata": metadata, "spec": spec]
    }

    /// A stable address per pod name in 10.244.0.0/16, like a node's pod CIDR.
    static func address(for name: String) -> String {
        var hash: UInt32 = 2_166_136_261
        for byte in name.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return "10.244.\((hash >> 8) & 255).\(max(2, hash & 255))"
    }

    static func randomSuffix() -> String {
        String(NameGenerator.name(prefix: "").prefix(5))
    }
}
