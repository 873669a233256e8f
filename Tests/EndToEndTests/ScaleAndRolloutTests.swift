import Testing

/// `kubectl scale` and `kubectl rollout status` against the simulated deployment controller.
@Suite struct ScaleAndRolloutTests {
    @Test func scaledDeploymentReachesItsReadyReplicas() async throws {
        try await withKubectl { kubectl, _ in
            try await kubectl.deploy(Manifests.deployment("web"), name: "web")
            expectEqual(try await kubectl.succeed(["scale", "deployment", "web", "--replicas=3"]), "deployment.apps/web scaled\n")
            try await kubectl.succeed(["wait", "--for=jsonpath={.status.readyReplicas}=3", "deployment/web", "--timeout=60s"])
            expectEqual(try await kubectl.names(["pods", "-l", "app=web"]).count, 3)
            expectEqual(try await kubectl.jsonpath("{.spec.replicas}", ["deployment", "web"]), "3")
        }
    }

    @Test func rolloutStatusWaitsForANewTemplateToRollOut() async throws {
        try await withKubectl { kubectl, _ in
            try await kubectl.apply(Manifests.deployment("web", replicas: 2))
            let first = try await kubectl.succeed(["rollout", "status", "deployment/web", "--timeout=60s"])
            #expect(first.hasSuffix("deployment \"web\" successfully rolled out\n"), "\(first)")

            try await kubectl.apply(Manifests.deployment("web", replicas: 2, image: "nginx:1.27"))
            let second = try await kubectl.succeed(["rollout", "status", "deployment/web", "--timeout=60s"])
            #expect(second.hasSuffix("deployment \"web\" successfully rolled out\n"), "\(second)")
            // Rolled out: both replicas are updated and available, and the old ReplicaSet is
            // scaled to zero.
            expectEqual(try await kubectl.jsonpath("{.status.updatedReplicas} {.status.availableReplicas}", ["deployment", "web"]), "2 2")
            let replicaSets = try await kubectl.jsonpath(
                #"{range .items[*]}{.spec.template.spec.containers[0].image}={.spec.replicas}{"\n"}{end}"#, ["replicasets", "-l", "app=web"])
            #expect(Set(replicaSets.split(separator: "\n")) == ["nginx:1.25=0", "nginx:1.27=2"])
        }
    }
}
