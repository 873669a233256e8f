import KubeCore

extension SchemaNode {
    /// The schema of a whole object: the resource's schema (or nothing known, when there is
    /// none) with `apiVersion`, `kind` and `metadata` always declared as kube-apiserver declares
    /// them, whatever the resource's schema says.
    static func object(_ schema: JSONValue?) -> SchemaNode {
        var root = schema ?? ["type": "object", "x-kubernetes-preserve-unknown-fields": true]
        var properties = root["properties"]?.objectValue ?? [:]
        properties["apiVersion"] = ["type": "string"]
        properties["kind"] = ["type": "string"]
        properties["metadata"] = objectMeta
        root["properties"] = .object(properties)
        return SchemaNode(root)
    }

    /// `metav1.ObjectMeta` as its OpenAPI declares it, for what server-side apply needs: labels
    /// and annotations are granular maps, finalizers a set, owner references a map list keyed
    /// by `uid` whose items are atomic (`+structType=atomic`), managed fields atomic.
    private static let objectMeta: JSONValue = [
        "type": "object",
        "properties": [
            "annotations": ["type": "object", "additionalProperties": ["type": "string"]],
            "creationTimestamp": ["type": "string"],
            "deletionGracePeriodSeconds": ["type": "integer"],
            "deletionTimestamp": ["type": "string"],
            "finalizers": [
                "type": "array", "items": ["type": "string"],
                "x-kubernetes-list-type": "set", "x-kubernetes-patch-strategy": "merge",
            ],
            "generateName": ["type": "string"],
            "generation": ["type": "integer"],
            "labels": ["type": "object", "additionalProperties": ["type": "string"]],
            "managedFields": ["type": "array", "items": ["type": "object"], "x-kubernetes-list-type": "atomic"],
            "name": ["type": "string"],
            "namespace": ["type": "string"],
            "ownerReferences": [
                "type": "array",
                "items": [
                    "type": "object",
                    "x-kubernetes-map-type": "atomic",
                    "properties": [
                        "apiVersion": ["type": "string"],
                        "blockOwnerDeletion": ["type": "boolean"],
                        "controller": ["type": "boolean"],
                        "kind": ["type": "string"],
                        "name": ["type": "string"],
                        "uid": ["type": "string"],
                    ],
                ],
                "x-kubernetes-list-type": "map", "x-kubernetes-list-map-keys": ["uid"],
                "x-kubernetes-patch-strategy": "merge", "x-kubernetes-patch-merge-key": "uid",
            ],
            "resourceVersion": ["type": "string"],
            "selfLink": ["type": "string"],
            "uid": ["type": "string"],
        ],
    ]
}
