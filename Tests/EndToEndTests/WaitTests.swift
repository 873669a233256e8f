import Testing

/// `kubectl wait` on the conditions the simulated controllers set, and on deletion.
@Suite struct WaitTests {
    @Test func waitForAnAvailableDeployment() async throws {
        try await withKubectl { kubectl, _ in
            try await kubectl.apply(Manifests.deployment("web", replicas: 2))
            expectEqual(
                try await kubectl.succeed(["wait", "--for=condition=Available", "deployment/web", "--timeout=60s"]),
                "deployment.apps/web condition met\n")
            expectEqual(
                try await kubectl.jsonpath(#"{.status.conditions[?(@.type=="Available")].reason} {.status.availableReplicas}"#, ["deployment", "web"]),
                "MinimumReplicasAvailable 2")
        }
    }

    @Test func waitForACompleteJob() async throws {
        try await withKubectl { kubectl, _ in
            try await kubectl.apply(Manifests.job("once"))
            expectEqual(try await kubectl.succeed(["wait", "--for=condition=Complete", "job/once", "--timeout=60s"]), "job.batch/once condition met\n")
            expectEqual(try await kubectl.table(["jobs"]).row("once")?["STATUS", "COMPLETIONS"], ["Complete", "1/1"])
            expectEqual(try await kubectl.table(["pods", "-l", "job-name=once"]).rows.map { $0["STATUS"] }, ["Completed"])
        }
    }

    @Test func waitForACompleteIndexedJob() async throws {
        try await withKubectl { kubectl, _ in
            try await kubectl.apply(Manifests.job("shards", spec: ["completionMode": "Indexed", "completions": 3, "parallelism": 2]))
            try await kubectl.succeed(["wait", "--for=condition=Complete", "job/shards", "--timeout=60s"])
            expectEqual(try await kubectl.jsonpath("{.status.completedIndexes} {.status.succeeded}", ["job", "shards"]), "0-2 3")
            let indexes = try await kubectl.jsonpath(
                #"{range .items[*]}{.metadata.annotations.batch\.kubernetes\.io/job-completion-index}{"\n"}{end}"#, ["pods", "-l", "job-name=shards"])
            #expect(indexes.split(separator: "\n").sorted() == ["0", "1", "2"])
        }
    }

    /// A Job fails once its pods fail more often than backoffLimit allows, or when it runs
    /// past activeDeadlineSeconds.
    @Test(arguments: [
        ("BackoffLimitExceeded", Manifests.job("doomed", outcome: "failure", spec: ["backoffLimit": 1])),
        ("DeadlineExceeded", Manifests.job("doomed", duration: "60s", spec: ["activeDeadlineSeconds": 1])),
    ])
    func waitForAFailedJob(reason: String, manifest: String) async throws {
        try await withKubectl { kubectl, _ in
            try await kubectl.apply(manifest)
            expectEqual(
                try await kubectl.succeed(["wait", "--for=condition=Failed", "job/doomed", "--timeout=60s"]), "job.batch/doomed condition met\n")
            expectEqual(try await kubectl.jsonpath(#"{.status.conditions[?(@.type=="Failed")].reason}"#, ["job", "doomed"]), reason)
            expectEqual(try await kubectl.table(["jobs"]).row("doomed")?["STATUS", "COMPLETIONS"], ["Failed", "0/1"])
        }
    }

    @Test func failedJobPodsCarryTheirTerminationMessage() async throws {
        try await withKubectl { kubectl, _ in
            try await kubectl.apply(Manifests.job("doomed", outcome: "failure", terminationMessage: "disk full", spec: ["backoffLimit": 1]))
            try await kubectl.succeed(["wait", "--for=condition=Failed", "job/doomed", "--timeout=60s"])
            // backoffLimit 1: the first pod and one retry, both failed.
            let messages = try await kubectl.jsonpath(
                #"{range .items[*]}{.status.phase}:{.status.containerStatuses[0].state.terminated.message}{"\n"}{end}"#,
                ["pods", "-l", "job-name=doomed"])
            #expect(messages.split(separator: "\n") == ["Failed:disk full", "Failed:disk full"])
            expectEqual(try await kubectl.table(["pods", "-l", "job-name=doomed"]).rows.map { $0["STATUS"] }, ["Error", "Error"])
        }
    }

    @Test func waitForDeleteReturnsOnceTheObjectIsGone() async throws {
        try await withKubectl(simulation: false) { kubectl, _ in
            try await kubectl.apply(Manifests.configMap("held", finalizers: ["example.com/hold"]))
            try await kubectl.succeed(["delete", "configmap", "held", "--wait=false"])
            // The finalizer holds the object: waiting for its deletion times out.
            let held = try await kubectl.run(["wait", "--for=delete", "configmap/held", "--timeout=5s"])
            #expect(!held.succeeded)
            #expect(held.stderr.contains("timed out waiting for the condition"), "\(held.stderr)")

            async let waited = kubectl.run(["wait", "--for=delete", "configmap/held", "--timeout=60s"])
            try await kubectl.succeed(["patch", "configmap", "held", "--type=merge", "-p", #"{"metadata":{"finalizers":null}}"#])
            let result = try await waited
            #expect(result.succeeded, "\(result.stderr)")
        }
    }
}
