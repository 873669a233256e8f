import Foundation
import KubeCore
import Testing

/// `kubectl apply`, client-side (strategic merge patch from the last-applied annotation) and
/// server-side (field managers and conflicts), under kubectl's default strict field validation.
@Suite struct ApplyTests {
    @Test func applyCreatesThenLeavesAnUnchangedObjectAlone() async throws {
        try await withKubectl { kubectl, _ in
            let manifest = Manifests.deployment("web", env: [["name": "A", "value": "1"]])
            expectEqual(try await kubectl.apply(manifest), "deployment.apps/web created\n")
            expectEqual(try await kubectl.apply(manifest), "deployment.apps/web unchanged\n")
        }
    }

    @Test func applyConfiguresExactlyWhatTheManifestChanged() async throws {
        try await withKubectl { kubectl, _ in
            try await kubectl.apply(Manifests.deployment(
                "web", image: "nginx:1.25", env: [["name": "A", "value": "1"], ["name": "B", "value": "2"]]))
            let changed = Manifests.deployment("web", image: "nginx:1.27", env: [["name": "A", "value": "1"]])
            expectEqual(try await kubectl.apply(changed), "deployment.apps/web configured\n")

            let container = try await kubectl.json(["deployment", "web"])[path: ["spec", "template", "spec", "containers"]]?[0]
            #expect(container?["image"] == "nginx:1.27")
            #expect(container?["env"] == [["name": "A", "value": "1"]])
            // Untouched fields keep their values, and the server's defaults stay.
            #expect(container?["ports"] == [["containerPort": 80, "protocol": "TCP"]])
            #expect(container?["imagePullPolicy"] == "IfNotPresent")
        }
    }

    @Test func serverSideApplyConflictsWithAnotherManagerUntilForced() async throws {
        try await withKubectl { kubectl, _ in
            let alice = Manifests.configMap("owners", data: ["owner": "alice"])
            let bob = Manifests.configMap("owners", data: ["owner": "bob"])
            expectEqual(try await kubectl.succeed(["apply", "--server-side", "-f", "-"], input: alice), "configmap/owners serverside-applied\n")
            expectEqual(try await kubectl.succeed(["apply", "--server-side", "-f", "-"], input: alice), "configmap/owners serverside-applied\n")

            let conflict = try await kubectl.run(["apply", "--server-side", "--field-manager=bob", "-f", "-"], input: bob)
            #expect(!conflict.succeeded)
            #expect(conflict.stderr.contains(#"Apply failed with 1 conflict: conflict with "kubectl": .data.owner"#), "\(conflict.stderr)")
            expectEqual(try await kubectl.jsonpath("{.data.owner}", ["configmap", "owners"]), "alice")

            try await kubectl.succeed(["apply", "--server-side", "--field-manager=bob", "--force-conflicts", "-f", "-"], input: bob)
            expectEqual(try await kubectl.jsonpath("{.data.owner}", ["configmap", "owners"]), "bob")
            // Forcing moved the field to bob: now kubectl's own apply is the one that conflicts.
            let back = try await kubectl.run(["apply", "--server-side", "-f", "-"], input: alice)
            #expect(back.stderr.contains(#"conflict with "bob": .data.owner"#), "\(back.stderr)")
        }
    }

    @Test func applyRefusesAnUnknownFieldUnderStrictValidation() async throws {
        try await withKubectl { kubectl, _ in
            let typo = Manifests.deployment("web").replacingOccurrences(of: "image: nginx", with: "imagePullPolcy: Always\n        image: nginx")
            let result = try await kubectl.run(["apply", "-f", "-"], input: typo)
            #expect(!result.succeeded)
            #expect(
                result.stderr.contains(#"strict decoding error: unknown field "spec.template.spec.containers[0].imagePullPolcy""#),
                "\(result.stderr)")
            expectEqual(try await kubectl.names(["deployments"]), [])
        }
    }
}
