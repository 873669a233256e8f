import KubeCore
import Testing

/// `kubectl patch` with each patch type, on an object and on its status subresource.
@Suite struct PatchTests {
    /// The same change (drop `a`, add `c`) as a JSON patch and as a JSON merge patch.
    @Test(arguments: [
        ("json", #"[{"op":"add","path":"/data/c","value":"3"},{"op":"remove","path":"/data/a"}]"#),
        ("merge", #"{"data":{"a":null,"c":"3"}}"#),
    ])
    func patchChangesAConfigMap(type: String, patch: String) async throws {
        try await withKubectl(simulation: false) { kubectl, _ in
            try await kubectl.apply(Manifests.configMap("settings", data: ["a": "1", "b": "2"]))
            expectEqual(try await kubectl.succeed(["patch", "configmap", "settings", "--type=\(type)", "-p", patch]), "configmap/settings patched\n")
            expectEqual(try await kubectl.json(["configmap", "settings"])["data"], ["b": "2", "c": "3"])
        }
    }

    /// A strategic merge patch (kubectl's default type) merges the containers list by name,
    /// the patch's new items ahead of the server's; a JSON merge patch replaces the list.
    @Test(arguments: [("strategic", ["sidecar", "web"]), ("merge", ["sidecar"])])
    func patchAddsASidecar(type: String, containers: [String]) async throws {
        try await withKubectl(simulation: false) { kubectl, _ in
            try await kubectl.apply(Manifests.deployment("web"))
            try await kubectl.succeed(["patch", "deployment", "web", "--type=\(type)", "-p", Self.addSidecar])
            expectEqual(try await Self.containerNames(kubectl), containers.joined(separator: " "))
        }
    }

    @Test func strategicMergePatchDeletesAContainerByName() async throws {
        try await withKubectl(simulation: false) { kubectl, _ in
            try await kubectl.apply(Manifests.deployment("web"))
            try await kubectl.succeed(["patch", "deployment", "web", "-p", Self.addSidecar])
            try await kubectl.succeed(
                ["patch", "deployment", "web", "-p", #"{"spec":{"template":{"spec":{"containers":[{"name":"web","$patch":"delete"}]}}}}"#])
            expectEqual(try await Self.containerNames(kubectl), "sidecar")
        }
    }

    @Test(arguments: StatusTarget.all)
    func statusSubresourceTakesTheStatusTheObjectIgnores(target: StatusTarget) async throws {
        try await withKubectl(simulation: false) { kubectl, _ in
            try await target.setUp(kubectl)
            expectEqual(
                try await kubectl.succeed(["patch", target.resource, "--subresource=status", "--type=merge", "-p", target.statusPatch]),
                "\(target.printedName) patched\n")
            expectEqual(try await kubectl.jsonpath(target.field, [target.resource]), target.patchedValue)
            // Through the object itself, status changes are dropped (as kube-apiserver does when
            // a status subresource exists).
            expectEqual(
                try await kubectl.succeed(["patch", target.resource, "--type=merge", "-p", target.ignoredPatch]),
                "\(target.printedName) patched (no change)\n")
            expectEqual(try await kubectl.jsonpath(target.field, [target.resource]), target.patchedValue)
        }
    }

    @Test func failingTestOperationRejectsTheWholeJSONPatch() async throws {
        try await withKubectl(simulation: false) { kubectl, _ in
            try await kubectl.apply(Manifests.configMap("settings", data: ["a": "1"]))
            let result = try await kubectl.run([
                "patch", "configmap", "settings", "--type=json", "-p",
                #"[{"op":"test","path":"/data/a","value":"2"},{"op":"replace","path":"/data/a","value":"3"}]"#,
            ])
            #expect(!result.succeeded)
            #expect(result.stderr.contains("The request is invalid"), "\(result.stderr)")
            expectEqual(try await kubectl.jsonpath("{.data.a}", ["configmap", "settings"]), "1")
        }
    }

    static let addSidecar = #"{"spec":{"template":{"spec":{"containers":[{"name":"sidecar","image":"busybox"}]}}}}"#

    /// The names of the containers of Deployment `web`, space-separated.
    static func containerNames(_ kubectl: Kubectl) async throws -> String {
        try await kubectl.jsonpath("{.spec.template.spec.containers[*].name}", ["deployment", "web"])
    }
}

/// An object with a status subresource, a status patch for it and one that sets the same
/// field to something else.
struct StatusTarget: Sendable, CustomTestStringConvertible {
    let testDescription: String
    let setUp: @Sendable (Kubectl) async throws -> Void
    let resource: String
    let printedName: String
    let statusPatch: String
    let ignoredPatch: String
    let field: String
    let patchedValue: String

    static let all = [
        StatusTarget(
            testDescription: "Deployment", setUp: { try await $0.apply(Manifests.deployment("web")) },
            resource: "deployment/web", printedName: "deployment.apps/web",
            statusPatch: #"{"status":{"replicas":1,"readyReplicas":1}}"#, ignoredPatch: #"{"status":{"readyReplicas":0}}"#,
            field: "{.status.readyReplicas}", patchedValue: "1"),
        StatusTarget(
            testDescription: "custom resource",
            setUp: {
                try await $0.installWidgets()
                try await $0.apply(Manifests.widget("gear", spec: ["color": "blue"]))
            },
            resource: "widget/gear", printedName: "widget.example.com/gear",
            statusPatch: #"{"status":{"phase":"Ready"}}"#, ignoredPatch: #"{"status":{"phase":"Broken"}}"#,
            field: "{.status.phase}", patchedValue: "Ready"),
    ]
}
