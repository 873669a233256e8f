import Testing

/// `kubectl delete`: finalizers, the three cascading modes and namespace deletion.
@Suite struct DeleteTests {
    @Test func finalizerKeepsADeletedObjectUntilRemoved() async throws {
        try await withKubectl(simulation: false) { kubectl, _ in
            try await kubectl.apply(Manifests.configMap("held", finalizers: ["example.com/hold"]))
            expectEqual(try await kubectl.succeed(["delete", "configmap", "held", "--wait=false"]), "configmap \"held\" deleted\n")

            let state = try await kubectl.jsonpath("{.metadata.deletionTimestamp} {.metadata.finalizers}", ["configmap", "held"])
            #expect(state.hasSuffix(#" ["example.com/hold"]"#), "\(state)")
            #expect(state.hasPrefix("20"), "no deletionTimestamp: \(state)")

            try await kubectl.succeed(["patch", "configmap", "held", "--type=json", "-p", #"[{"op":"remove","path":"/metadata/finalizers"}]"#])
            let gone = try await kubectl.run(["get", "configmap", "held"])
            #expect(gone.stderr.contains(#"configmaps "held" not found"#), "\(gone.stderr)")
        }
    }

    @Test func backgroundDeletionRemovesTheReplicaSetsAndPodsAfterTheDeployment() async throws {
        try await withKubectl { kubectl, _ in
            try await Self.deployAndCheckDependents(kubectl)
            expectEqual(try await kubectl.succeed(["delete", "deployment", "web", "--cascade=background"]), "deployment.apps \"web\" deleted\n")
            // The garbage collector deletes the dependents after the owner is gone.
            try await kubectl.succeed(["wait", "--for=delete", "replicasets,pods", "-l", "app=web", "--timeout=60s"])
            expectEqual(try await kubectl.names(["replicasets,pods", "-l", "app=web"]), [])
        }
    }

    @Test func foregroundDeletionRemovesTheReplicaSetsAndPodsBeforeTheDeployment() async throws {
        try await withKubectl { kubectl, _ in
            try await Self.deployAndCheckDependents(kubectl)
            // kubectl waits for the Deployment to go, which foreground deletion holds back until
            // its dependents are gone: nothing is left when it returns.
            let result = try await kubectl.run(["delete", "deployment", "web", "--cascade=foreground", "--timeout=60s"])
            #expect(result.succeeded, "\(result.stderr)")
            expectEqual(try await kubectl.names(["deployments,replicasets,pods", "-l", "app=web"]), [])
        }
    }

    @Test func orphanDeletionLeavesTheReplicaSetWithoutOwner() async throws {
        try await withKubectl { kubectl, _ in
            try await Self.deployAndCheckDependents(kubectl)
            try await kubectl.succeed(["delete", "deployment", "web", "--cascade=orphan"])
            expectEqual(try await kubectl.names(["deployments"]), [])
            let replicaSets = try await kubectl.jsonpath(
                #"{range .items[*]}{.metadata.name}:{.metadata.ownerReferences}{"\n"}{end}"#, ["replicasets", "-l", "app=web"])
            #expect(replicaSets.split(separator: "\n").count == 1 && replicaSets.hasSuffix(":\n"), "owner references left: \(replicaSets)")
            // The pods still belong to the surviving ReplicaSet and keep running.
            let pods = try await kubectl.table(["pods", "-l", "app=web"])
            #expect(pods.rows.map { $0["STATUS"] } == ["Running", "Running"], "\(pods)")
        }
    }

    @Test func deletingANamespaceDeletesItsContentsAndThenItself() async throws {
        try await withKubectl { kubectl, _ in
            try await kubectl.apply(Manifests.namespace("team"))
            try await kubectl.deploy(Manifests.deployment("web", namespace: "team"), name: "web", namespace: "team")
            try await kubectl.apply(Manifests.service("web", namespace: "team"))
            try await kubectl.apply(Manifests.configMap("settings", namespace: "team"))

            expectEqual(try await kubectl.succeed(["delete", "namespace", "team", "--timeout=60s"]), "namespace \"team\" deleted\n")
            let gone = try await kubectl.run(["get", "namespace", "team"])
            #expect(gone.stderr.contains(#"namespaces "team" not found"#), "\(gone.stderr)")
            expectEqual(try await kubectl.names(["deployments,replicasets,pods,services,configmaps", "-n", "team"]), [])
        }
    }

    /// A two-replica Deployment `web`, available, with one ReplicaSet and two pods.
    static func deployAndCheckDependents(_ kubectl: Kubectl, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        try await kubectl.deploy(Manifests.deployment("web", replicas: 2), name: "web", sourceLocation: sourceLocation)
        let dependents = try await kubectl.names(["replicasets,pods", "-l", "app=web"], sourceLocation: sourceLocation)
        try #require(
            dependents.filter { $0.hasPrefix("replicaset.apps/") }.count == 1 && dependents.filter { $0.hasPrefix("pod/") }.count == 2,
            "\(dependents)", sourceLocation: sourceLocation)
    }
}
