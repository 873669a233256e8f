import Foundation
import Testing

/// `kubectl create`: from a manifest (with generateName), and the imperative generators, which
/// kubectl sends with its typed clients.
@Suite struct CreateTests {
    @Test func createWithGenerateNameMakesADistinctNameEachTime() async throws {
        try await withKubectl(simulation: false) { kubectl, _ in
            let manifest = """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  generateName: report-
                data: {a: b}
                """
            let first = try await kubectl.succeed(["create", "-f", "-", "-o", "name"], input: manifest)
            let second = try await kubectl.succeed(["create", "-f", "-", "-o", "name"], input: manifest)
            // kube-apiserver appends five characters from an alphabet without vowels.
            let generated = try Regex("^configmap/report-[bcdfghjklmnpqrstvwxz2456789]{5}\n$")
            #expect(first.wholeMatch(of: generated) != nil, "\(first)")
            #expect(second.wholeMatch(of: generated) != nil, "\(second)")
            #expect(first != second)
            expectEqual(try await kubectl.names(["configmaps"]).filter { $0.hasPrefix("configmap/report-") }.count, 2)
        }
    }

    // kubectl's typed `create <kind>` commands send protobuf bodies, which DevCluster decodes
    // for these kinds.

    @Test func createConfigMapFromLiterals() async throws {
        try await withKubectl(simulation: false) { kubectl, _ in
            let result = try await kubectl.run(["create", "configmap", "settings", "--from-literal=a=b", "--from-literal=c=d"])
            #expect(result.stdout == "configmap/settings created\n", "\(result.stderr)")
            expectEqual(try await kubectl.json(["configmap", "settings"])["data"], ["a": "b", "c": "d"])
        }
    }

    @Test func createNamespace() async throws {
        try await withKubectl(simulation: false) { kubectl, _ in
            let result = try await kubectl.run(["create", "namespace", "team"])
            #expect(result.stdout == "namespace/team created\n", "\(result.stderr)")
            expectEqual(try await kubectl.jsonpath("{.status.phase}", ["namespace", "team"]), "Active")
        }
    }

    @Test func createGenericSecretFromLiterals() async throws {
        try await withKubectl(simulation: false) { kubectl, _ in
            let result = try await kubectl.run([
                "create", "secret", "generic", "s3-credentials", "--from-literal=access-key=AK", "--from-literal=secret-key=SK",
            ])
            #expect(result.stdout == "secret/s3-credentials created\n", "\(result.stderr)")
            let secret = try await kubectl.json(["secret", "s3-credentials"])
            // Secret data is bytes, which Kubernetes' JSON writes as base64.
            expectEqual(secret["data"], ["access-key": "QUs=", "secret-key": "U0s="])
            expectEqual(secret["type"], "Opaque")
        }
    }

    @Test func createServiceAccountRoleAndRoleBinding() async throws {
        try await withKubectl(simulation: false) { kubectl, _ in
            expectEqual(try await kubectl.succeed(["create", "serviceaccount", "reader"]), "serviceaccount/reader created\n")
            expectEqual(
                try await kubectl.succeed(["create", "role", "pod-reader", "--verb=get", "--verb=list", "--resource=pods"]),
                "role.rbac.authorization.k8s.io/pod-reader created\n")
            expectEqual(
                try await kubectl.succeed(["create", "rolebinding", "read-pods", "--role=pod-reader", "--serviceaccount=default:reader"]),
                "rolebinding.rbac.authorization.k8s.io/read-pods created\n")
            expectEqual(
                try await kubectl.json(["role", "pod-reader"])["rules"],
                [["apiGroups": [""], "resources": ["pods"], "verbs": ["get", "list"]]])
            let binding = try await kubectl.json(["rolebinding", "read-pods"])
            expectEqual(binding["roleRef"], ["apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": "pod-reader"])
            expectEqual(binding["subjects"], [["kind": "ServiceAccount", "name": "reader", "namespace": "default"]])
        }
    }

    @Test func podFromAManifestIsScheduledAndRuns() async throws {
        try await withKubectl { kubectl, _ in
            expectEqual(try await kubectl.apply(Manifests.pod("solo")), "pod/solo created\n")
            try await kubectl.succeed(["wait", "--for=condition=Ready", "pod/solo", "--timeout=60s"])
            expectEqual(
                try await kubectl.jsonpath(#"{.status.phase} {.status.conditions[?(@.type=="PodScheduled")].status}"#, ["pod", "solo"]),
                "Running True")
            let node = try await kubectl.jsonpath("{.spec.nodeName}", ["pod", "solo"])
            #expect(!node.isEmpty, "a scheduled pod is bound to a node, but spec.nodeName is empty")
        }
    }

    /// Every namespace has a `default` ServiceAccount, which a pod that names none runs as.
    @Test func podRunsAsTheNamespacesDefaultServiceAccount() async throws {
        try await withKubectl { kubectl, _ in
            try await kubectl.apply(Manifests.pod("solo"))
            expectEqual(try await kubectl.names(["serviceaccounts"]), ["serviceaccount/default"])
            expectEqual(try await kubectl.jsonpath("{.spec.serviceAccountName}", ["pod", "solo"]), "default")
        }
    }
}
