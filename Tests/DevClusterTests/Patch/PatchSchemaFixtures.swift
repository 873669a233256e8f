import KubeCore

/// Inline OpenAPI v3 schemas for the patch tests, with the patch metadata the real types declare
/// in their Go tags (k8s.io/api core/v1 and apps/v1, k8s.io/apimachinery meta/v1).
enum PatchSchemaFixtures {
    /// A Deployment: metadata, replicas, selector, strategy (`retainKeys`) and a pod template.
    static let deployment = object([
        "apiVersion": string, "kind": string, "metadata": objectMeta,
        "spec": object([
            "replicas": integer,
            "selector": object(["matchLabels": map(of: string)]),
            "strategy": object(
                [
                    "type": string,
                    "rollingUpdate": object(["maxSurge": string, "maxUnavailable": string]),
                ], strategy: "retainKeys"),
            "template": object(["metadata": objectMeta, "spec": podSpec]),
        ]),
    ])

    /// A Pod: metadata, spec and conditions merged by type.
    static let pod = object([
        "apiVersion": string, "kind": string, "metadata": objectMeta, "spec": podSpec,
        "status": object([
            "phase": string,
            "conditions": list(of: object(["type": string, "status": string]), strategy: "merge", mergeKey: "type"),
        ]),
    ])

    static let objectMeta = object([
        "name": string, "namespace": string, "uid": string,
        "labels": map(of: string), "annotations": map(of: string),
        "finalizers": list(of: string, strategy: "merge"),
        "ownerReferences": list(
            of: object(["apiVersion": string, "kind": string, "name": string, "uid": string]),
            strategy: "merge", mergeKey: "uid"),
    ])

    static let podSpec = object([
        "containers": list(of: container, strategy: "merge", mergeKey: "name"),
        "initContainers": list(of: container, strategy: "merge", mergeKey: "name"),
        "volumes": list(of: volume, strategy: "merge,retainKeys", mergeKey: "name"),
        "imagePullSecrets": list(of: object(["name": string]), strategy: "merge", mergeKey: "name"),
        "hostAliases": list(
            of: object(["ip": string, "hostnames": list(of: string)]), strategy: "merge", mergeKey: "ip"),
        // Tolerations declare no strategy: a patch replaces the list.
        "tolerations": list(
            of: object(["key": string, "operator": string, "value": string, "effect": string])),
        "nodeSelector": map(of: string),
        "restartPolicy": string,
    ])

    static let container = object([
        "name": string, "image": string, "imagePullPolicy": string,
        "args": list(of: string),
        "env": list(
            of: object(["name": string, "value": string, "valueFrom": object([:])]), strategy: "merge",
            mergeKey: "name"),
        "ports": list(
            of: object(["containerPort": integer, "protocol": string, "name": string]), strategy: "merge",
            mergeKey: "containerPort"),
        "volumeMounts": list(
            of: object(["name": string, "mountPath": string, "readOnly": boolean]), strategy: "merge",
            mergeKey: "mountPath"),
        "resources": object(["limits": map(of: string), "requests": map(of: string)]),
    ])

    static let volume = object([
        "name": string,
        "emptyDir": object(["medium": string]),
        "configMap": object(["name": string]),
        "secret": object(["secretName": string]),
        "hostPath": object(["path": string]),
    ])

    /// apimachinery's test type `MergeItem` (strategicpatch/patch_test.go), unrolled four levels
    /// deep because an inline schema cannot refer to itself.
    static let mergeItem = mergeItem(depth: 4)

    private static func mergeItem(depth: Int) -> JSONValue {
        guard depth > 0 else { return object([:]) }
        let item = mergeItem(depth: depth - 1)
        return object([
            "name": string, "value": string, "other": string,
            "mergingList": list(of: item, strategy: "merge", mergeKey: "name"),
            "nonMergingList": list(of: item),
            "mergingIntList": list(of: integer, strategy: "merge"),
            "nonMergingIntList": list(of: integer),
            "mergeItemPtr": list(of: item, strategy: "merge", mergeKey: "name"),
            "simpleMap": map(of: string),
            "replacingItem": object([:], strategy: "replace"),
            "retainKeysMap": object(
                [
                    "name": string, "value": string, "other": string, "simpleMap": map(of: string),
                    "mergingIntList": list(of: integer, strategy: "merge"),
                    "mergingList": list(of: item, strategy: "merge", mergeKey: "name"),
                    "nonMergingList": list(of: item),
                ], strategy: "retainKeys"),
            "retainKeysMergingList": list(of: item, strategy: "merge,retainKeys", mergeKey: "name"),
        ])
    }

    static let string: JSONValue = ["type": "string"]
    static let integer: JSONValue = ["type": "integer"]
    static let boolean: JSONValue = ["type": "boolean"]

    static func object(_ properties: JSONObject, strategy: String? = nil) -> JSONValue {
        var schema: JSONValue = ["type": "object", "properties": .object(properties)]
        if let strategy {
            schema["x-kubernetes-patch-strategy"] = .string(strategy)
        }
        return schema
    }

    static func map(of values: JSONValue) -> JSONValue {
        ["type": "object", "additionalProperties": values]
    }

    static func list(of items: JSONValue, strategy: String? = nil, mergeKey: String? = nil) -> JSONValue {
        var schema: JSONValue = ["type": "array", "items": items]
        if let strategy {
            schema["x-kubernetes-patch-strategy"] = .string(strategy)
        }
        if let mergeKey {
            schema["x-kubernetes-patch-merge-key"] = .string(mergeKey)
        }
        return schema
    }
}
