/// The protobuf layouts of the kinds whose protobuf bodies DevCluster decodes: the ones kubectl's
/// typed `create` subcommands send. Field numbers are those of k8s.io/api and
/// k8s.io/apimachinery's generated.proto files; names are the JSON tags. Fields not listed
/// (selfLink, managedFields, namespace conditions, ...) are skipped as unknown.
enum KubernetesProtobufSchemas {
    /// The schema for a kind in an API version, nil when DevCluster has none.
    static func schema(apiVersion: String, kind: String) -> ProtobufMessageSchema? {
        byType[apiVersion]?[kind]
    }

    /// The supported kinds, for error messages.
    static let supportedKinds = byType.values.flatMap(\.keys).sorted()

    private static let rbac = "rbac.authorization.k8s.io/v1"

    private static let byType: [String: [String: ProtobufMessageSchema]] = [
        "v1": ["Namespace": namespace, "ConfigMap": configMap, "Secret": secret, "ServiceAccount": serviceAccount],
        rbac: ["Role": role, "ClusterRole": clusterRole, "RoleBinding": roleBinding, "ClusterRoleBinding": roleBinding],
    ]

    // MARK: - meta/v1

    private static let ownerReference = ProtobufMessageSchema([
        5: .init("apiVersion", .string, presence: .whenSent),
        1: .init("kind", .string, presence: .whenSent),
        3: .init("name", .string, presence: .whenSent),
        4: .init("uid", .string, presence: .whenSent),
        6: .init("controller", .bool, presence: .whenSent),
        7: .init("blockOwnerDeletion", .bool, presence: .whenSent),
    ])

    private static let objectMeta = ProtobufMessageSchema([
        1: .init("name", .string),
        2: .init("generateName", .string),
        3: .init("namespace", .string),
        5: .init("uid", .string),
        6: .init("resourceVersion", .string),
        7: .init("generation", .int64),
        8: .init("creationTimestamp", .time),
        9: .init("deletionTimestamp", .time),
        10: .init("deletionGracePeriodSeconds", .int64, presence: .whenSent),
        11: .init("labels", .map(value: .string)),
        12: .init("annotations", .map(value: .string)),
        13: .init("ownerReferences", .message(ownerReference), repeated: true),
        14: .init("finalizers", .string, repeated: true),
    ])

    private static let labelSelectorRequirement = ProtobufMessageSchema([
        1: .init("key", .string, presence: .whenSent),
        2: .init("operator", .string, presence: .whenSent),
        3: .init("values", .string, repeated: true),
    ])

    private static let labelSelector = ProtobufMessageSchema([
        1: .init("matchLabels", .map(value: .string)),
        2: .init("matchExpressions", .message(labelSelectorRequirement), repeated: true),
    ])

    // MARK: - core/v1

    private static let namespace = ProtobufMessageSchema([
        1: .init("metadata", .message(objectMeta)),
        2: .init("spec", .message(ProtobufMessageSchema([1: .init("finalizers", .string, repeated: true)]))),
        3: .init("status", .message(ProtobufMessageSchema([1: .init("phase", .string)]))),
    ])

    private static let configMap = ProtobufMessageSchema([
        1: .init("metadata", .message(objectMeta)),
        2: .init("data", .map(value: .string)),
        3: .init("binaryData", .map(value: .bytes)),
        4: .init("immutable", .bool, presence: .whenSent),
    ])

    private static let secret = ProtobufMessageSchema([
        1: .init("metadata", .message(objectMeta)),
        2: .init("data", .map(value: .bytes)),
        4: .init("stringData", .map(value: .string)),
        3: .init("type", .string),
        5: .init("immutable", .bool, presence: .whenSent),
    ])

    private static let objectReference = ProtobufMessageSchema([
        1: .init("kind", .string),
        2: .init("namespace", .string),
        3: .init("name", .string),
        4: .init("uid", .string),
        5: .init("apiVersion", .string),
        6: .init("resourceVersion", .string),
        7: .init("fieldPath", .string),
    ])

    private static let serviceAccount = ProtobufMessageSchema([
        1: .init("metadata", .message(objectMeta)),
        2: .init("secrets", .message(objectReference), repeated: true),
        3: .init("imagePullSecrets", .message(ProtobufMessageSchema([1: .init("name", .string)])), repeated: true),
        4: .init("automountServiceAccountToken", .bool, presence: .whenSent),
    ])

    // MARK: - rbac/v1

    private static let policyRule = ProtobufMessageSchema([
        1: .init("verbs", .string, repeated: true),
        2: .init("apiGroups", .string, repeated: true),
        3: .init("resources", .string, repeated: true),
        4: .init("resourceNames", .string, repeated: true),
        5: .init("nonResourceURLs", .string, repeated: true),
    ])

    private static let role = ProtobufMessageSchema([
        1: .init("metadata", .message(objectMeta)),
        2: .init("rules", .message(policyRule), repeated: true),
    ])

    private static let clusterRole = ProtobufMessageSchema([
        1: .init("metadata", .message(objectMeta)),
        2: .init("rules", .message(policyRule), repeated: true),
        3: .init("aggregationRule", .message(ProtobufMessageSchema([
            1: .init("clusterRoleSelectors", .message(labelSelector), repeated: true),
        ]))),
    ])

    private static let subject = ProtobufMessageSchema([
        1: .init("kind", .string, presence: .whenSent),
        2: .init("apiGroup", .string),
        3: .init("name", .string, presence: .whenSent),
        4: .init("namespace", .string),
    ])

    /// RoleBinding and ClusterRoleBinding share a layout.
    private static let roleBinding = ProtobufMessageSchema([
        1: .init("metadata", .message(objectMeta)),
        2: .init("subjects", .message(subject), repeated: true),
        3: .init("roleRef", .message(ProtobufMessageSchema([
            1: .init("apiGroup", .string, presence: .whenSent),
            2: .init("kind", .string, presence: .whenSent),
            3: .init("name", .string, presence: .whenSent),
        ]))),
    ])
}
