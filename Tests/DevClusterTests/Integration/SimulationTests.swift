import TestSupport
import KubeClient
import KubeCore
import Testing

/// The simulated cluster: Jobs run pods that finish as annotated, Deployments get ReplicaSets
/// and ready pods, with the statuses the real controllers write.
@Suite struct SimulationTests {
    private func job(_ name: String, annotations: [String: String], spec extra: JSONObject = [:]) -> JSONValue {
        var spec: JSONObject = [
            "template": ["spec": ["restartPolicy": "Never", "containers": [["name": "trainer", "image": "python:3.12"]]]],
        ]
        for (key, value) in extra { spec[key] = value }
        return [
            "apiVersion": "batch/v1", "kind": "Job",
            "metadata": ["name": .string(name), "annotations": .object(.init(uniqueKeysWithValues: annotations.map { ($0.key, JSONValue.string($0.value)) }))],
            "spec": .object(spec),
        ]
    }

    private func condition(_ object: JSONValue?, _ type: String) -> JSONValue? {
        object?[path: ["status", "conditions"]]?.arrayValue?.first { $0["type"]?.stringValue == type && $0["status"] == "True" }
    }

    @Test func aSuccessfulJobCompletesWithItsPodsTerminationMessage() async throws {
        try await withDevCluster(.init(simulation: true)) { fixture in
            let jobs = fixture.resource("batch", "v1", "jobs")
            _ = try await jobs.create(job("train", annotations: [
                "dev.baton.dev/duration": "200ms", "dev.baton.dev/termination-message": #"{"metrics":{"auc":0.93}}"#,
            ]))
            #expect(await eventually { condition(try? await jobs.get("train"), "Complete") != nil })
            let done = try await jobs.get("train")
            #expect(done[path: ["status", "succeeded"]] == 1)
            #expect(done[path: ["status", "startTime"]] != nil && done[path: ["status", "completionTime"]] != nil)
            let pods = try await fixture.resource("", "v1", "pods").list(ListOptions(labelSelector: "job-name=train")).items
            #expect(pods.count == 1)
            #expect(pods.first?[path: ["status", "phase"]] == "Succeeded")
            let terminated = pods.first?[path: ["status", "containerStatuses"]]?[0]?[path: ["state", "terminated"]]
            #expect(terminated?["message"] == #"{"metrics":{"auc":0.93}}"#)
            #expect(terminated?["exitCode"] == 0)
            #expect(pods.first?[path: ["metadata", "ownerReferences"]]?[0]?["uid"] == done[path: ["metadata", "uid"]])
        }
    }

    @Test func aTrainerWithBatonsOutputVariableReportsMetricsAndItsArtifact() async throws {
        try await withDevCluster(.init(simulation: true)) { fixture in
            let jobs = fixture.resource("batch", "v1", "jobs")
            var trainer = job("train", annotations: ["dev.baton.dev/duration": "100ms"])
            trainer[path: ["spec", "template", "spec", "containers"]] = [[
                "name": "trainer", "image": "python:3.12", "env": [["name": "BATON_OUTPUT_URI", "value": "s3://models/m/1"]],
            ]]
            _ = try await jobs.create(trainer)
            #expect(await eventually { condition(try? await jobs.get("train"), "Complete") != nil })
            let pods = try await fixture.resource("", "v1", "pods").list(ListOptions(labelSelector: "job-name=train")).items
            let message = try #require(pods.first?[path: ["status", "containerStatuses"]]?[0]?[path: ["state", "terminated", "message"]]?.stringValue)
            let report = try JSONParser().parse(Array(message.utf8))
            #expect(report[path: ["artifact", "uri"]] == "s3://models/m/1")
            #expect(report[path: ["artifact", "digest"]]?.stringValue?.hasPrefix("sha256:") == true)
            #expect(report[path: ["metrics", "accuracy"]]?.doubleValue != nil)
        }
    }

    @Test func aJobTakesItsOutcomeFromItsControllingOwnerWhenItSaysNothing() async throws {
        try await withDevCluster(.init(simulation: true)) { fixture in
            let owner = try await fixture.configMaps.create(configMap("owner"))
            var annotated = owner
            annotated[path: ["metadata", "annotations"]] = ["dev.baton.dev/outcome": "failure", "dev.baton.dev/duration": "100ms"]
            _ = try await fixture.configMaps.update(annotated)
            let jobs = fixture.resource("batch", "v1", "jobs")
            var owned = job("owned", annotations: [:], spec: ["backoffLimit": 0])
            owned[path: ["metadata", "ownerReferences"]] = [[
                "apiVersion": "v1", "kind": "ConfigMap", "name": "owner", "uid": owner[path: ["metadata", "uid"]] ?? "",
                "controller": true,
            ]]
            _ = try await jobs.create(owned)
            #expect(await eventually { condition(try? await jobs.get("owned"), "Failed") != nil })
        }
    }

    @Test func anAutoscaledDeploymentIsHeldAtItsMinimum() async throws {
        try await withDevCluster(.init(simulation: true)) { fixture in
            _ = try await fixture.deployments.create(webDeployment("web", replicas: 1))
            let autoscalers = fixture.resource("autoscaling", "v2", "horizontalpodautoscalers")
            _ = try await autoscalers.create(object("""
                {"apiVersion": "autoscaling/v2", "kind": "HorizontalPodAutoscaler", "metadata": {"name": "web"},
                 "spec": {"scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": "web"},
                          "minReplicas": 3, "maxReplicas": 5}}
                """))
            #expect(await eventually { (try? await fixture.deployments.get("web"))?[path: ["status", "availableReplicas"]] == 3 })
            #expect(await eventually { (try? await autoscalers.get("web"))?[path: ["status", "desiredReplicas"]] == 3 })
        }
    }

    @Test func aFailingJobRetriesUpToItsBackoffLimit() async throws {
        try await withDevCluster(.init(simulation: true)) { fixture in
            let jobs = fixture.resource("batch", "v1", "jobs")
            _ = try await jobs.create(job("flaky", annotations: ["dev.baton.dev/duration": "50ms", "dev.baton.dev/outcome": "failure"], spec: ["backoffLimit": 2]))
            #expect(await eventually { condition(try? await jobs.get("flaky"), "Failed") != nil })
            let failed = try await jobs.get("flaky")
            #expect(condition(failed, "Failed")?["reason"] == "BackoffLimitExceeded")
            #expect(failed[path: ["status", "failed"]] == 3)
            let pods = try await fixture.resource("", "v1", "pods").list(ListOptions(labelSelector: "job-name=flaky")).items
            #expect(pods.count == 3 && pods.allSatisfy { $0[path: ["status", "phase"]] == "Failed" })
        }
    }

    @Test func aJobPastItsDeadlineFails() async throws {
        try await withDevCluster(.init(simulation: true)) { fixture in
            let jobs = fixture.resource("batch", "v1", "jobs")
            _ = try await jobs.create(job("slow", annotations: ["dev.baton.dev/duration": "1h"], spec: ["activeDeadlineSeconds": 1]))
            #expect(await eventually { condition(try? await jobs.get("slow"), "Failed") != nil })
            #expect(condition(try await jobs.get("slow"), "Failed")?["reason"] == "DeadlineExceeded")
        }
    }

    @Test func anIndexedJobRunsEveryIndex() async throws {
        try await withDevCluster(.init(simulation: true)) { fixture in
            let jobs = fixture.resource("batch", "v1", "jobs")
            _ = try await jobs.create(job("workers", annotations: ["dev.baton.dev/duration": "50ms"], spec: [
                "completionMode": "Indexed", "completions": 4, "parallelism": 2,
            ]))
            #expect(await eventually { condition(try? await jobs.get("workers"), "Complete") != nil })
            let done = try await jobs.get("workers")
            #expect(done[path: ["status", "completedIndexes"]] == "0-3" && done[path: ["status", "succeeded"]] == 4)
            let pods = try await fixture.resource("", "v1", "pods").list(ListOptions(labelSelector: "job-name=workers")).items
            let indexes = pods.compactMap { $0[path: ["metadata", "labels", "batch.kubernetes.io/job-completion-index"]]?.stringValue }
            #expect(indexes.sorted() == ["0", "1", "2", "3"])
        }
    }

    @Test func aDeploymentBecomesAvailableWithReadyPods() async throws {
        try await withDevCluster(.init(simulation: true)) { fixture in
            var deployment = webDeployment("web", replicas: 2)
            deployment[path: ["metadata", "annotations", "dev.baton.dev/ready-after"]] = "100ms"
            _ = try await fixture.deployments.create(deployment)
            #expect(await eventually {
                let current = try? await fixture.deployments.get("web")
                return condition(current, "Available") != nil && current?[path: ["status", "readyReplicas"]] == 2
            })
            let status = try await fixture.deployments.get("web")["status"]
            #expect(status?["availableReplicas"] == 2 && status?["updatedReplicas"] == 2 && status?["observedGeneration"] == 1)
            let sets = try await fixture.resource("apps", "v1", "replicasets").list().items
            #expect(sets.count == 1 && sets.first?[path: ["metadata", "ownerReferences"]]?[0]?["kind"] == "Deployment")
            let pods = try await fixture.resource("", "v1", "pods").list(ListOptions(labelSelector: "app=web")).items
            #expect(pods.count == 2 && pods.allSatisfy { $0[path: ["status", "phase"]] == "Running" })
        }
    }

    @Test func aRolloutKeepsTheOldReplicaSetUntilTheNewOneIsAvailable() async throws {
        try await withDevCluster(.init(simulation: true)) { fixture in
            var deployment = webDeployment("web", replicas: 1)
            deployment[path: ["metadata", "annotations", "dev.baton.dev/ready-after"]] = "300ms"
            _ = try await fixture.deployments.create(deployment)
            #expect(await eventually { (try? await fixture.deployments.get("web"))?[path: ["status", "availableReplicas"]] == 1 })
            _ = try await fixture.deployments.patch("web", type: .strategicMerge, body: object(#"{"spec":{"template":{"spec":{"containers":[{"name":"app","image":"nginx:1.28"}]}}}}"#))
            let sets = fixture.resource("apps", "v1", "replicasets")
            #expect(await eventually { (try? await sets.list().items.count) == 2 })
            let during = try await sets.list().items.map { $0[path: ["spec", "replicas"]] }
            #expect(during.contains(1), "the old ReplicaSet still serves while the new one starts")
            #expect(await eventually {
                let replicas = (try? await sets.list().items.map { $0[path: ["spec", "replicas"]]?.intValue ?? -1 }) ?? []
                return replicas.sorted() == [0, 1]
            })
            #expect(await eventually { (try? await fixture.deployments.get("web"))?[path: ["status", "updatedReplicas"]] == 1 })
        }
    }
}
