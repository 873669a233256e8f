import KubeCore
import Testing

/// What kubectl learns from discovery: `api-resources`, `api-versions` and `version`.
@Suite struct DiscoveryTests {
    /// name → (short names, API version, namespaced, kind), as `kubectl api-resources` prints
    /// them for kube-apiserver 1.32.
    static let builtins: [String: [String]] = [
        "configmaps": ["cm", "v1", "true", "ConfigMap"],
        "endpoints": ["ep", "v1", "true", "Endpoints"],
        "namespaces": ["ns", "v1", "false", "Namespace"],
        "pods": ["po", "v1", "true", "Pod"],
        "secrets": ["", "v1", "true", "Secret"],
        "serviceaccounts": ["sa", "v1", "true", "ServiceAccount"],
        "services": ["svc", "v1", "true", "Service"],
        "customresourcedefinitions": ["crd,crds", "apiextensions.k8s.io/v1", "false", "CustomResourceDefinition"],
        "daemonsets": ["ds", "apps/v1", "true", "DaemonSet"],
        "deployments": ["deploy", "apps/v1", "true", "Deployment"],
        "replicasets": ["rs", "apps/v1", "true", "ReplicaSet"],
        "statefulsets": ["sts", "apps/v1", "true", "StatefulSet"],
        "horizontalpodautoscalers": ["hpa", "autoscaling/v2", "true", "HorizontalPodAutoscaler"],
        "cronjobs": ["cj", "batch/v1", "true", "CronJob"],
        "jobs": ["", "batch/v1", "true", "Job"],
        "leases": ["", "coordination.k8s.io/v1", "true", "Lease"],
        "ingresses": ["ing", "networking.k8s.io/v1", "true", "Ingress"],
        "networkpolicies": ["netpol", "networking.k8s.io/v1", "true", "NetworkPolicy"],
        "poddisruptionbudgets": ["pdb", "policy/v1", "true", "PodDisruptionBudget"],
        "clusterroles": ["", "rbac.authorization.k8s.io/v1", "false", "ClusterRole"],
        "clusterrolebindings": ["", "rbac.authorization.k8s.io/v1", "false", "ClusterRoleBinding"],
        "roles": ["", "rbac.authorization.k8s.io/v1", "true", "Role"],
        "rolebindings": ["", "rbac.authorization.k8s.io/v1", "true", "RoleBinding"],
    ]

    @Test func apiResourcesListsTheBuiltinsWithShortNames() async throws {
        try await withKubectl { kubectl, _ in
            let table = Table(try await kubectl.succeed(["api-resources"]))
            #expect(table.headers == ["NAME", "SHORTNAMES", "APIVERSION", "NAMESPACED", "KIND"])
            for (name, expected) in Self.builtins {
                let row = table.rows.first { $0["NAME"] == name && $0["APIVERSION"] == expected[1] }
                #expect(row?["SHORTNAMES", "APIVERSION", "NAMESPACED", "KIND"] == expected, "\(name) in:\n\(table)")
            }
            // Both Event APIs are served, each with short name `ev`.
            let events = table.rows.filter { $0["NAME"] == "events" }.map { $0["SHORTNAMES", "APIVERSION"] }
            #expect(events.contains(["ev", "v1"]) && events.contains(["ev", "events.k8s.io/v1"]), "\(table)")
        }
    }

    @Test func apiResourcesShowsAnInstalledCustomResource() async throws {
        try await withKubectl { kubectl, _ in
            try await kubectl.installWidgets()
            let table = Table(try await kubectl.succeed(["api-resources", "--api-group=example.com"]))
            #expect(table.rows.map(\.cells) == [
                ["NAME": "widgets", "SHORTNAMES": "wdg", "APIVERSION": "example.com/v1", "NAMESPACED": "true", "KIND": "Widget"]
            ])
        }
    }

    @Test func apiVersionsListsEveryServedGroupVersion() async throws {
        try await withKubectl { kubectl, _ in
            try await kubectl.installWidgets()
            let versions = Set(try await kubectl.succeed(["api-versions"]).split(separator: "\n").map(String.init))
            let expected: Set = [
                "v1", "apps/v1", "batch/v1", "autoscaling/v2", "coordination.k8s.io/v1", "events.k8s.io/v1",
                "networking.k8s.io/v1", "policy/v1", "rbac.authorization.k8s.io/v1", "apiextensions.k8s.io/v1", "example.com/v1",
            ]
            #expect(expected.isSubset(of: versions), "missing: \(expected.subtracting(versions))")
        }
    }

    @Test func versionReportsKubernetes132() async throws {
        try await withKubectl { kubectl, _ in
            let result = try await kubectl.run(["version", "-o", "json"])
            #expect(result.succeeded, "\(result.stderr)")
            let server = try JSONParser().parse(result.stdout)["serverVersion"]
            #expect(server?["major"] == "1")
            #expect(server?["minor"] == "32")
            #expect(server?["gitVersion"]?.stringValue?.hasPrefix("v1.32.") == true, "\(result.stdout)")
            // kubectl warns on stderr when the server is more than one minor version away.
            #expect(!result.stderr.contains("WARNING"), "\(result.stderr)")
        }
    }
}
