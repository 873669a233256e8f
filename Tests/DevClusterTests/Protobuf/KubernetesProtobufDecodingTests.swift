import KubeCore
import Testing

@testable import DevCluster

/// Each supported kind, encoded as client-go encodes it (every non-pointer string and integer
/// written even when empty, the zero time as an empty message), decodes to the JSON kubectl
/// would have sent had it spoken JSON.
@Suite struct KubernetesProtobufDecodingTests {
    typealias Encoder = ProtobufTestEncoder

    private func decode(_ apiVersion: String, _ kind: String, _ build: (inout Encoder) -> Void) throws -> JSONValue {
        try KubernetesProtobufEnvelope(Encoder.envelope(apiVersion: apiVersion, kind: kind, raw: Encoder.message(build))).object()
    }

    /// ObjectMeta as Go writes it for a new object with only a name (and maybe a namespace) set.
    private static func metadata(_ name: String, namespace: String = "", _ more: @escaping (inout Encoder) -> Void = { _ in }) -> (inout Encoder) -> Void {
        { meta in
            meta.string(1, name)
            meta.string(2, "")
            meta.string(3, namespace)
            meta.string(4, "")
            meta.string(5, "")
            meta.string(6, "")
            meta.varint(7, 0)
            meta.lengthDelimited(8, [])
            more(&meta)
        }
    }

    @Test func configMap() throws {
        let object = try decode("v1", "ConfigMap") { map in
            map.message(1, Self.metadata("settings", namespace: "default"))
            map.entry(2, "a", "b")
            map.entry(2, "c", "d")
            map.message(3) { $0.string(1, "blob"); $0.lengthDelimited(2, [0, 255, 1]) }
            map.varint(4, 0)
        }
        #expect(object == [
            "apiVersion": "v1", "kind": "ConfigMap",
            "metadata": ["name": "settings", "namespace": "default"],
            "data": ["a": "b", "c": "d"],
            "binaryData": ["blob": "AP8B"],
            "immutable": false,
        ])
        #expect(object.objectValue.map { Array($0.keys.prefix(2)) } == ["apiVersion", "kind"])
    }

    @Test func namespace() throws {
        let bare = try decode("v1", "Namespace") { namespace in
            namespace.message(1, Self.metadata("team"))
            namespace.message(2) { _ in }
            namespace.message(3) { $0.string(1, "") }
        }
        #expect(bare == ["apiVersion": "v1", "kind": "Namespace", "metadata": ["name": "team"], "spec": [:], "status": [:]])
        let full = try decode("v1", "Namespace") { namespace in
            namespace.message(1, Self.metadata("team"))
            namespace.message(2) { $0.string(1, "kubernetes") }
            namespace.message(3) { $0.string(1, "Terminating"); $0.message(2) { $0.string(1, "NamespaceDeletionContentFailure") } }
        }
        #expect(full["spec"] == ["finalizers": ["kubernetes"]])
        #expect(full["status"] == ["phase": "Terminating"], "conditions are not in the table and are skipped")
    }

    @Test func secret() throws {
        let object = try decode("v1", "Secret") { secret in
            secret.message(1, Self.metadata("s3-credentials", namespace: "default"))
            secret.entry(2, "access-key", "AK")
            secret.message(2) { $0.string(1, "empty") }
            secret.entry(4, "plain", "text")
            secret.string(3, "Opaque")
            secret.varint(5, 1)
        }
        #expect(object == [
            "apiVersion": "v1", "kind": "Secret",
            "metadata": ["name": "s3-credentials", "namespace": "default"],
            "data": ["access-key": "QUs=", "empty": ""],
            "stringData": ["plain": "text"],
            "type": "Opaque",
            "immutable": true,
        ])
    }

    @Test func serviceAccount() throws {
        let object = try decode("v1", "ServiceAccount") { account in
            account.message(1, Self.metadata("reader", namespace: "team"))
            account.message(2) { $0.string(1, "Secret"); $0.string(2, ""); $0.string(3, "token"); $0.string(7, "") }
            account.message(3) { $0.string(1, "registry") }
            account.varint(4, 0)
        }
        #expect(object == [
            "apiVersion": "v1", "kind": "ServiceAccount",
            "metadata": ["name": "reader", "namespace": "team"],
            "secrets": [["kind": "Secret", "name": "token"]],
            "imagePullSecrets": [["name": "registry"]],
            "automountServiceAccountToken": false,
        ])
    }

    private static func rule(_ verbs: [String], groups: [String], resources: [String]) -> (inout Encoder) -> Void {
        { rule in
            for verb in verbs { rule.string(1, verb) }
            for group in groups { rule.string(2, group) }
            for resource in resources { rule.string(3, resource) }
        }
    }

    @Test func role() throws {
        let object = try decode("rbac.authorization.k8s.io/v1", "Role") { role in
            role.message(1, Self.metadata("pod-reader", namespace: "default"))
            role.message(2, Self.rule(["get", "list"], groups: [""], resources: ["pods"]))
            role.message(2) { $0.string(1, "get"); $0.string(4, "web"); $0.string(5, "/healthz") }
        }
        #expect(object == [
            "apiVersion": "rbac.authorization.k8s.io/v1", "kind": "Role",
            "metadata": ["name": "pod-reader", "namespace": "default"],
            "rules": [
                ["verbs": ["get", "list"], "apiGroups": [""], "resources": ["pods"]],
                ["verbs": ["get"], "resourceNames": ["web"], "nonResourceURLs": ["/healthz"]],
            ],
        ])
    }

    @Test func clusterRoleWithAggregationRule() throws {
        let object = try decode("rbac.authorization.k8s.io/v1", "ClusterRole") { role in
            role.message(1, Self.metadata("monitoring"))
            role.message(3) { rule in
                rule.message(1) { selector in
                    selector.entry(1, "rbac.example.com/aggregate-to-monitoring", "true")
                    selector.message(2) { $0.string(1, "tier"); $0.string(2, "In"); $0.string(3, "a"); $0.string(3, "b") }
                    selector.message(2) { $0.string(1, "legacy"); $0.string(2, "DoesNotExist") }
                }
            }
        }
        #expect(object == [
            "apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRole",
            "metadata": ["name": "monitoring"],
            "aggregationRule": ["clusterRoleSelectors": [[
                "matchLabels": ["rbac.example.com/aggregate-to-monitoring": "true"],
                "matchExpressions": [
                    ["key": "tier", "operator": "In", "values": ["a", "b"]],
                    ["key": "legacy", "operator": "DoesNotExist"],
                ],
            ]]],
        ])
    }

    @Test(arguments: ["RoleBinding", "ClusterRoleBinding"])
    func bindings(kind: String) throws {
        let object = try decode("rbac.authorization.k8s.io/v1", kind) { binding in
            binding.message(1, Self.metadata("read-pods"))
            binding.message(2) { $0.string(1, "ServiceAccount"); $0.string(2, ""); $0.string(3, "reader"); $0.string(4, "default") }
            binding.message(2) { $0.string(1, "User"); $0.string(2, "rbac.authorization.k8s.io"); $0.string(3, "jane"); $0.string(4, "") }
            binding.message(3) { $0.string(1, "rbac.authorization.k8s.io"); $0.string(2, "Role"); $0.string(3, "pod-reader") }
        }
        #expect(object == [
            "apiVersion": "rbac.authorization.k8s.io/v1", "kind": .string(kind),
            "metadata": ["name": "read-pods"],
            "subjects": [
                ["kind": "ServiceAccount", "name": "reader", "namespace": "default"],
                ["kind": "User", "apiGroup": "rbac.authorization.k8s.io", "name": "jane"],
            ],
            "roleRef": ["apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": "pod-reader"],
        ])
    }

    /// Every ObjectMeta field in the table, and the ones left out on purpose.
    @Test func objectMetaFields() throws {
        let object = try decode("v1", "ConfigMap") { map in
            map.message(1) { meta in
                meta.string(1, "owned")
                meta.string(2, "owned-")
                meta.string(3, "team")
                meta.string(4, "/api/v1/namespaces/team/configmaps/owned")
                meta.string(5, "0b7c6c8e-4c61-4a0b-9d7e-1f5b8f0c2d3a")
                meta.string(6, "42")
                meta.varint(7, 3)
                meta.message(8) { $0.varint(1, 1_700_000_000); $0.varint(2, 123_456_789) }
                meta.message(9) { $0.varint(1, 1_700_000_030) }
                meta.varint(10, 0)
                meta.entry(11, "app", "web")
                meta.entry(12, "note", "")
                meta.message(13) { ref in
                    ref.string(1, "Deployment")
                    ref.string(3, "web")
                    ref.string(4, "uid-1")
                    ref.string(5, "apps/v1")
                    ref.varint(6, 1)
                    ref.varint(7, 0)
                }
                meta.string(14, "example.com/cleanup")
                meta.message(17) { $0.string(1, "kubectl"); $0.string(2, "Update") }
            }
        }
        #expect(object["metadata"] == [
            "name": "owned", "generateName": "owned-", "namespace": "team",
            "uid": "0b7c6c8e-4c61-4a0b-9d7e-1f5b8f0c2d3a", "resourceVersion": "42", "generation": 3,
            "creationTimestamp": "2023-11-14T22:13:20Z", "deletionTimestamp": "2023-11-14T22:13:50Z",
            "deletionGracePeriodSeconds": 0,
            "labels": ["app": "web"], "annotations": ["note": ""],
            "ownerReferences": [["kind": "Deployment", "name": "web", "uid": "uid-1", "apiVersion": "apps/v1", "controller": true, "blockOwnerDeletion": false]],
            "finalizers": ["example.com/cleanup"],
        ])
    }

    @Test func negativeIntegersAreTwosComplementVarints() throws {
        let object = try decode("v1", "ConfigMap") { map in
            map.message(1) { $0.string(1, "x"); $0.varint(10, UInt64(bitPattern: -1)) }
        }
        #expect(object[path: ["metadata", "deletionGracePeriodSeconds"]] == -1)
    }

    /// Fields this decoder does not know, of every wire type, are skipped, wherever they are.
    @Test func unknownFieldsAreSkipped() throws {
        var body = Encoder()
        body.message(1) { meta in
            meta.string(1, "x")
            meta.tag(50, 5); meta.append([1, 2, 3, 4])
        }
        body.varint(99, 7)
        body.tag(98, 1); body.append([1, 2, 3, 4, 5, 6, 7, 8])
        body.string(97, "later field")
        body.tag(96, 3); body.varint(1, 1); body.tag(2, 3); body.tag(2, 4); body.tag(96, 4)
        body.entry(2, "a", "b")
        let decoded = try KubernetesProtobufEnvelope(Encoder.envelope(apiVersion: "v1", kind: "ConfigMap", raw: body.bytes)).object()
        #expect(decoded == ["apiVersion": "v1", "kind": "ConfigMap", "metadata": ["name": "x"], "data": ["a": "b"]])
    }

    @Test func scalarsSentTwiceKeepTheLastValue() throws {
        let object = try decode("v1", "Secret") { secret in
            secret.message(1) { $0.string(1, "first") }
            secret.string(3, "Opaque")
            secret.message(1) { $0.string(3, "team") }
            secret.string(3, "")
        }
        #expect(object == ["apiVersion": "v1", "kind": "Secret", "metadata": ["name": "first", "namespace": "team"]])
    }

    @Test func envelopeFieldsAreRead() throws {
        let raw = Encoder.message { $0.message(1) { $0.string(1, "x") } }
        var body = Encoder()
        body.message(1) { $0.string(1, "v1"); $0.string(2, "ConfigMap") }
        body.lengthDelimited(2, raw)
        body.string(3, "")
        body.string(4, "application/vnd.kubernetes.protobuf")
        let envelope = try KubernetesProtobufEnvelope(Array("k8s\0".utf8) + body.bytes)
        #expect(envelope.apiVersion == "v1" && envelope.kind == "ConfigMap" && Array(envelope.raw) == raw)
    }

    @Test func kindsWithoutASchemaAreUnsupported() throws {
        for (apiVersion, kind) in [("apps/v1", "Deployment"), ("v1", "Pod"), ("rbac.authorization.k8s.io/v1beta1", "Role"), ("v1", "Role")] {
            #expect(throws: ProtobufDecodeError.unsupportedKind(apiVersion: apiVersion, kind: kind)) {
                try KubernetesProtobufEnvelope(Encoder.envelope(apiVersion: apiVersion, kind: kind, raw: [])).object()
            }
        }
        #expect(KubernetesProtobufSchemas.supportedKinds == [
            "ClusterRole", "ClusterRoleBinding", "ConfigMap", "Namespace", "Role", "RoleBinding", "Secret", "ServiceAccount",
        ])
    }
}
