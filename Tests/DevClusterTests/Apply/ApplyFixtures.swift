import KubeCore
import YAML

@testable import DevCluster

/// Schemas and helpers shared by the server-side apply tests.
enum ApplyFixtures {
    static let t1 = "2026-01-01T00:00:01Z"
    static let t2 = "2026-01-01T00:00:02Z"
    static let t3 = "2026-01-01T00:00:03Z"

    /// A trimmed `apps/v1` Deployment schema, with the markers the real one carries: containers
    /// and env keyed by `name` through the patch-merge-key fallback, ports keyed by
    /// `containerPort` and `protocol` (defaulted), an atomic selector, atomic args.
    static let deploymentSchema: JSONValue = [
        "type": "object",
        "properties": [
            "spec": [
                "type": "object",
                "properties": [
                    "replicas": ["type": "integer"],
                    "paused": ["type": "boolean"],
                    "selector": [
                        "type": "object", "x-kubernetes-map-type": "atomic",
                        "properties": ["matchLabels": ["type": "object", "additionalProperties": ["type": "string"]]],
                    ],
                    "strategy": [
                        "type": "object",
                        "properties": [
                            "type": ["type": "string"],
                            "rollingUpdate": [
                                "type": "object",
                                "properties": ["maxSurge": ["x-kubernetes-int-or-string": true]],
                            ],
                        ],
                    ],
                    "template": [
                        "type": "object",
                        "properties": [
                            "metadata": [
                                "type": "object",
                                "properties": [
                                    "labels": ["type": "object", "additionalProperties": ["type": "string"]]
                                ],
                            ],
                            "spec": podSpec,
                        ],
                    ],
                ],
            ],
            "status": [
                "type": "object",
                "properties": ["replicas": ["type": "integer"], "readyReplicas": ["type": "integer"]],
            ],
        ],
    ]

    static let podSpec: JSONValue = [
        "type": "object",
        "properties": [
            "containers": [
                "type": "array",
                "x-kubernetes-patch-merge-key": "name", "x-kubernetes-patch-strategy": "merge",
                "items": [
                    "type": "object",
                    "properties": [
                        "name": ["type": "string"],
                        "image": ["type": "string"],
                        "args": ["type": "array", "items": ["type": "string"]],
                        "env": [
                            "type": "array",
                            "x-kubernetes-patch-merge-key": "name", "x-kubernetes-patch-strategy": "merge",
                            "items": [
                                "type": "object",
                                "properties": ["name": ["type": "string"], "value": ["type": "string"]],
                            ],
                        ],
                        "ports": [
                            "type": "array",
                            "x-kubernetes-list-type": "map",
                            "x-kubernetes-list-map-keys": ["containerPort", "protocol"],
                            "items": [
                                "type": "object",
                                "properties": [
                                    "containerPort": ["type": "integer"],
                                    "protocol": ["type": "string", "default": "TCP"],
                                    "name": ["type": "string"],
                                ],
                            ],
                        ],
                    ],
                ],
            ],
        ],
    ]

    static let deployments = FieldManager(
        schema: deploymentSchema, resetFields: ["": FieldSet([[.field("status")]])])

    /// A custom resource schema exercising each list and map type directly.
    static let widgetSchema: JSONValue = [
        "type": "object",
        "properties": [
            "spec": [
                "type": "object",
                "properties": [
                    "size": ["type": "integer"],
                    "color": ["type": "string"],
                    "tags": ["type": "array", "x-kubernetes-list-type": "set", "items": ["type": "string"]],
                    "steps": ["type": "array", "x-kubernetes-list-type": "atomic", "items": ["type": "string"]],
                    "plain": ["type": "array", "items": ["type": "string"]],
                    "settings": ["type": "object", "additionalProperties": ["type": "string"]],
                    "frozen": [
                        "type": "object", "x-kubernetes-map-type": "atomic",
                        "additionalProperties": ["type": "string"],
                    ],
                    "items": [
                        "type": "array", "x-kubernetes-list-type": "map", "x-kubernetes-list-map-keys": ["name"],
                        "items": [
                            "type": "object",
                            "properties": ["name": ["type": "string"], "value": ["type": "integer"]],
                        ],
                    ],
                    "extra": ["type": "object", "x-kubernetes-preserve-unknown-fields": true],
                ],
            ]
        ],
    ]

    static let widgets = FieldManager(schema: widgetSchema)

    static func yaml(_ text: String) -> JSONValue {
        do {
            return try YAML.parse(text)
        } catch {
            fatalError("bad fixture YAML: \(error)")
        }
    }

    static func json(_ text: String) -> JSONValue {
        do {
            return try JSONParser().parse(text)
        } catch {
            fatalError("bad fixture JSON: \(error)")
        }
    }

    /// The managed fields entries of `object`, keyed by manager and operation.
    static func entries(_ object: JSONValue) -> [String: JSONValue] {
        var result: [String: JSONValue] = [:]
        for entry in object.managedFields?.arrayValue ?? [] {
            let key = "\(entry["manager"]?.stringValue ?? "")/\(entry["operation"]?.stringValue ?? "")"
            result[key] = entry
        }
        return result
    }

    /// The `fieldsV1` of one manager's entry, as compact JSON text (the order kube writes).
    static func fields(_ object: JSONValue, _ key: String) -> String? {
        try? entries(object)[key]?["fieldsV1"]?.jsonString()
    }

    /// `object` without its managed fields.
    static func stripped(_ object: JSONValue) -> JSONValue {
        var copy = object
        copy.managedFields = nil
        return copy
    }
}
