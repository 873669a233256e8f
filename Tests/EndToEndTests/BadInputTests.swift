import Testing

/// Input a cluster must refuse with kubectl's usual message, and keep serving afterwards.
@Suite struct BadInputTests {
    @Test(arguments: BadInput.all)
    func badInputIsRefusedAndTheClusterKeepsServing(_ input: BadInput) async throws {
        try await withKubectl(simulation: false) { kubectl, _ in
            let result = try await kubectl.run(input.command + ["-f", "-"], input: input.manifest())
            #expect(!result.succeeded)
            let expectMessages = {
                for message in input.messages {
                    #expect(result.stderr.contains(message), "\(message) in:\n\(result.stderr.prefix(2_000))")
                }
            }
            if let issue = input.knownIssue { withKnownIssue(issue, expectMessages) } else { expectMessages() }
            let namespaces = try await kubectl.names(["namespaces"])
            #expect(namespaces.contains("namespace/default"), "\(namespaces)")
        }
    }
}

struct BadInput: Sendable, CustomTestStringConvertible {
    let testDescription: String
    var command = ["apply"]
    /// Made when the test runs, so the big ones do not sit in memory for the whole run.
    let manifest: @Sendable () -> String
    /// What kubectl's stderr says.
    let messages: [String]
    /// Why DevCluster's message differs from a real cluster's, where it does.
    var knownIssue: Comment? = nil

    static let all = [
        BadInput(
            testDescription: "YAML that does not parse",
            manifest: { "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: [oops\n" },
            messages: ["error converting YAML to JSON"]),
        BadInput(
            testDescription: "unknown kind",
            manifest: { "apiVersion: example.com/v9\nkind: Gizmo\nmetadata:\n  name: g\n" },
            messages: [#"no matches for kind "Gizmo" in version "example.com/v9""#],
            knownIssue: "kubectl first asks /openapi/v2 for protobuf, which DevCluster does not serve (406)"),
        BadInput(
            testDescription: "invalid name",
            manifest: { Manifests.configMap("Bad_Name") },
            messages: [#"The ConfigMap "Bad_Name" is invalid: metadata.name: Invalid value: "Bad_Name""#]),
        // Over kube-apiserver's 3 MiB request body limit.
        BadInput(
            testDescription: "4 MiB ConfigMap",
            manifest: { Manifests.configMap("huge", data: ["blob": .string(String(repeating: "x", count: 4 << 20))]) },
            messages: ["Request entity too large"]),
        // Under the body limit, over a ConfigMap's 1 MiB of data (created: apply's annotation
        // would double the body).
        BadInput(
            testDescription: "ConfigMap over 1 MiB of data", command: ["create"],
            manifest: { Manifests.configMap("big", data: ["blob": .string(String(repeating: "x", count: (1 << 20) + 1024))]) },
            messages: [#"The ConfigMap "big" is invalid"#, "Too long"]),
    ]
}
