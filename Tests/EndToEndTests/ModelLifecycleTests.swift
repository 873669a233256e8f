import Foundation
import KubeCore
import Testing

/// The whole flow with the real kubectl against the real `baton dev` (cluster + operator):
/// apply a Model, it trains as a Job, serves as a Deployment behind a Service, and reports
/// Ready; versions roll forward; failures leave the last good version serving.
@Suite(.serialized) struct ModelLifecycleTests {
    static func churn(version: String, annotations: [String: String] = [:]) -> String {
        let annotationLines = annotations.map { "    \($0.key): \"\($0.value)\"" }.sorted().joined(separator: "\n")
        return """
            apiVersion: baton.dev/v1alpha1
            kind: Model
            metadata:
              name: churn
              annotations:
                dev.baton.dev/duration: 1s
            \(annotationLines)
            spec:
              version: "\(version)"
              owner: team-growth
              data: {uri: "s3://ml-data/churn/train.parquet", version: v7}
              training:
                image: registry.example.com/churn-train:1.0
                command: [python, train.py]
                backoffLimit: 1
              serving:
                runtime: MLServer
                replicas: 2
            """
    }

    @Test func samplesTrainServeAndBecomeReady() async throws {
        try await withBatonDev { kubectl, _, _ in
            try await kubectl.succeed(["apply", "-f", PackageRoot.url.appendingPathComponent("manifests/samples").path])
            let models = try await kubectl.names(["models"])
            #expect(models.count == 3, "\(models)")
            for model in models {
                try await kubectl.succeed(["wait", "--for=condition=Ready", model, "--timeout=120s"])
            }
            for model in models {
                let name = String(model.split(separator: "/").last!)
                let object = try await kubectl.json(["model", name])
                #expect(object[path: ["status", "phase"]] == "Serving", "\(name): \(object["status"] ?? nil)")
                #expect(object[path: ["status", "observedGeneration"]] == object[path: ["metadata", "generation"]])
                let uid = object[path: ["metadata", "uid"]]
                let version = object[path: ["spec", "version"]]?.stringValue ?? ""
                #expect(object[path: ["status", "serving", "stableVersion"]]?.stringValue == version)
                #expect(object[path: ["status", "serving", "endpoint"]] == .string("http://\(name).default.svc:8080"))
                let deployments = try await kubectl.json(["deployments", "-l", "baton.dev/model=\(name)"])["items"]?.arrayValue ?? []
                let services = try await kubectl.json(["services", "-l", "baton.dev/model=\(name)"])["items"]?.arrayValue ?? []
                #expect(deployments.count == 1, "\(name): one Deployment for the served version")
                #expect(services.contains { $0[path: ["metadata", "name"]] == .string(name) }, "\(name): the stable Service")
                for child in deployments + services {
                    let owner = child[path: ["metadata", "ownerReferences"]]?[0]
                    #expect(owner?["kind"] == "Model" && owner?["uid"] == uid && owner?["controller"] == true)
                }
                let service = try #require(services.first { $0[path: ["metadata", "name"]] == .string(name) })
                #expect(service[path: ["spec", "selector", "baton.dev/version"]] == deployments.first?[path: ["metadata", "labels", "baton.dev/version"]])
                if object[path: ["spec", "training"]] != nil {
                    let jobs = try await kubectl.json(["jobs", "-l", "baton.dev/model=\(name)"])["items"]?.arrayValue ?? []
                    #expect(jobs.count == 1, "\(name): one training Job")
                    #expect(jobs.first?[path: ["metadata", "ownerReferences"]]?[0]?["uid"] == uid)
                    // The simulated trainer reports metrics and the artifact in its termination message.
                    #expect(object[path: ["status", "training", "metrics", "accuracy"]] == 0.94)
                    #expect(object[path: ["status", "artifact", "uri"]]?.stringValue?.isEmpty == false)
                    #expect(object[path: ["status", "conditions"]]?.arrayValue?.contains {
                        $0["type"] == "Trained" && $0["status"] == "True"
                    } == true)
                }
            }
            let table = try await kubectl.succeed(["get", "models"])
            #expect(table.contains("VERSION") && table.contains("PHASE") && table.contains("Serving"), "\(table)")
        }
    }

    @Test func aNewVersionTrainsServesAndIsRecordedInHistory() async throws {
        try await withBatonDev { kubectl, _, _ in
            try await kubectl.apply(Self.churn(version: "1.0.0"))
            try await kubectl.succeed(["wait", "--for=condition=Ready", "model/churn", "--timeout=120s"])
            try await kubectl.apply(Self.churn(version: "1.1.0"))
            try await kubectl.succeed([
                "wait", "--for=jsonpath={.status.serving.stableVersion}=1.1.0", "model/churn", "--timeout=120s",
            ])
            try await kubectl.succeed(["wait", "--for=condition=Ready", "model/churn", "--timeout=120s"])
            let model = try await kubectl.json(["model", "churn"])
            let history = model[path: ["status", "history"]]?.arrayValue ?? []
            #expect(history.contains { $0["version"] == "1.1.0" && $0["outcome"] == "Promoted" }, "\(history)")
            #expect(try await kubectl.names(["jobs", "-l", "baton.dev/model=churn"]).count == 2)
            // The old version's Deployment is retired once the new one is available.
            try await kubectl.waitUntilNone(["deployments", "-l", "baton.dev/model=churn,baton.dev/version=1.0.0"])
            let deployments = try await kubectl.json(["deployments", "-l", "baton.dev/model=churn"])["items"]?.arrayValue ?? []
            #expect(deployments.map { $0[path: ["metadata", "labels", "baton.dev/version"]] } == ["1.1.0"])
            let selector = try await kubectl.jsonpath("{.spec.selector.baton\\.dev/version}", ["service", "churn"])
            #expect(selector == "1.1.0")
        }
    }

    /// Converged means quiet: what the operator wants is compared with what the server stores —
    /// quantities written as the server writes them back (`0.5` → `500m`), server defaults —
    /// so a reconcile of an unchanged Model writes nothing.
    @Test func aConvergedModelCostsNoWritesWhenReconciledAgain() async throws {
        try await withBatonDev { kubectl, _, _ in
            try await kubectl.apply("""
                apiVersion: baton.dev/v1alpha1
                kind: Model
                metadata: {name: quiet}
                spec:
                  version: "1.0.0"
                  owner: team-growth
                  artifact: {uri: "s3://ml-models/quiet/1.0.0"}
                  serving:
                    runtime: MLServer
                    replicas: 2
                    resources:
                      requests: {cpu: "0.5", memory: 1024Mi}
                      limits: {memory: 1.5Gi}
                """)
            try await kubectl.succeed(["wait", "--for=condition=Ready", "model/quiet", "--timeout=120s"])
            let deployment = try #require(
                try await kubectl.json(["deployments", "-l", "baton.dev/model=quiet"])["items"]?.arrayValue?.first)
            let server = deployment[path: ["spec", "template", "spec", "containers"]]?.arrayValue?.first { $0["name"] == "server" }
            #expect(server?["resources"] == ["limits": ["memory": "1536Mi"], "requests": ["cpu": "500m", "memory": "1Gi"]])
            let settled = try await Self.settledWrites(kubectl)
            // An annotation passes the generation filter, so the operator reconciles the Model
            // again; a user's own write to the Model is not counted.
            try await kubectl.succeed(["annotate", "model", "quiet", "example.com/reviewed=yes"])
            try await Task.sleep(for: .seconds(3))
            #expect(try await Self.operatorWrites(kubectl) == settled)
        }
    }

    /// Writes the server has counted (`apiserver_request_total`) other than to a Model itself,
    /// which only users make: children, Model status, Events.
    static func operatorWrites(_ kubectl: Kubectl) async throws -> Double {
        let writeVerbs: Set<String> = ["POST", "PUT", "PATCH", "APPLY", "DELETE", "DELETECOLLECTION"]
        var total = 0.0
        for line in try await kubectl.succeed(["get", "--raw", "/metrics"]).split(separator: "\n")
        where line.hasPrefix("apiserver_request_total{") {
            guard let close = line.lastIndex(of: "}"), let value = Double(line[line.index(after: close)...].trimmingCharacters(in: .whitespaces))
            else { continue }
            var labels: [String: String] = [:]
            for pair in line[line.index(after: line.firstIndex(of: "{")!)..<close].split(separator: ",") {
                let parts = pair.split(separator: "=", maxSplits: 1)
                if parts.count == 2 { labels[String(parts[0])] = parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
            }
            guard writeVerbs.contains(labels["verb"] ?? "") else { continue }
            if labels["resource"] == "models" && labels["subresource"] == "" { continue }
            total += value
        }
        return total
    }

    /// The write count once it has held still for two seconds (status and Events land just
    /// after Ready).
    static func settledWrites(_ kubectl: Kubectl) async throws -> Double {
        var last = try await operatorWrites(kubectl)
        for _ in 0..<15 {
            try await Task.sleep(for: .seconds(2))
            let now = try await operatorWrites(kubectl)
            if now == last { return now }
            last = now
        }
        Issue.record("the operator kept writing for 30 s after the Model was Ready")
        return last
    }

    @Test func aFailedTrainingLeavesTheOldVersionServingAndTheModelDegraded() async throws {
        try await withBatonDev { kubectl, _, _ in
            try await kubectl.apply(Self.churn(version: "1.0.0"))
            try await kubectl.succeed(["wait", "--for=condition=Ready", "model/churn", "--timeout=120s"])
            try await kubectl.apply(Self.churn(version: "2.0.0", annotations: ["dev.baton.dev/outcome": "failure"]))
            try await kubectl.succeed(["wait", "--for=condition=Degraded", "model/churn", "--timeout=120s"])
            let model = try await kubectl.json(["model", "churn"])
            let conditions = model[path: ["status", "conditions"]]?.arrayValue ?? []
            let trained = conditions.first { $0["type"] == "Trained" }
            #expect(trained?["status"] == "False")
            #expect(trained?["reason"] == "BackoffLimitExceeded", "\(trained ?? nil)")
            #expect(trained?["message"]?.stringValue?.contains("churn-2-0-0-train") == true, "\(trained ?? nil)")
            #expect(conditions.first { $0["type"] == "Ready" }?["status"] == "False")
            #expect(model[path: ["status", "serving", "stableVersion"]] == "1.0.0")
            #expect(model[path: ["status", "history"]]?.arrayValue?.contains { $0["version"] == "2.0.0" && $0["outcome"] == "Failed" } == true)
            // Still serving 1.0.0: its Deployment is there and the Service selects it.
            try await kubectl.succeed(["wait", "--for=condition=Available", "deployment", "-l", "baton.dev/model=churn,baton.dev/version=1.0.0", "--timeout=30s"])
            #expect(try await kubectl.jsonpath("{.spec.selector.baton\\.dev/version}", ["service", "churn"]) == "1.0.0")
            let events = try await kubectl.succeed(["get", "events", "--field-selector", "involvedObject.name=churn"])
            #expect(events.contains("TrainingFailed"), "\(events)")
        }
    }

    @Test func deletingAModelRemovesItsChildren() async throws {
        try await withBatonDev { kubectl, _, _ in
            try await kubectl.apply(Self.churn(version: "1.0.0"))
            try await kubectl.succeed(["wait", "--for=condition=Ready", "model/churn", "--timeout=120s"])
            try await kubectl.succeed(["delete", "model", "churn"])
            for kind in ["jobs", "deployments", "services"] {
                try await kubectl.waitUntilNone([kind, "-l", "baton.dev/model=churn"])
            }
        }
    }

    @Test func anInvalidModelIsRefusedNamingTheField() async throws {
        try await withBatonDev { kubectl, _, _ in
            let result = try await kubectl.run(["apply", "-f", "-"], input: """
                apiVersion: baton.dev/v1alpha1
                kind: Model
                metadata: {name: broken}
                spec:
                  version: "1.0"
                  serving: {runtime: MLServer, replicas: -1}
                """)
            #expect(!result.succeeded)
            #expect(result.stderr.contains("spec.serving.replicas"), "\(result.stderr)")
            let missing = try await kubectl.run(["apply", "-f", "-"], input: """
                apiVersion: baton.dev/v1alpha1
                kind: Model
                metadata: {name: broken}
                spec:
                  serving: {runtime: MLServer}
                """)
            #expect(!missing.succeeded)
            #expect(missing.stderr.contains("spec.version"), "\(missing.stderr)")
            // Neither training nor an artifact: nothing to serve, refused by the schema's oneOf.
            let nothing = try await kubectl.run(["apply", "-f", "-"], input: """
                apiVersion: baton.dev/v1alpha1
                kind: Model
                metadata: {name: broken}
                spec:
                  version: "1.0"
                  serving: {runtime: MLServer}
                """)
            #expect(!nothing.succeeded)
            #expect(nothing.stderr.contains("spec.training"), "\(nothing.stderr)")
        }
    }

    /// A rule the schema states in CEL, which a cluster without CEL (this one, or an old API
    /// server) lets through: the operator reports it instead of failing or crashing.
    @Test func aSpecTheSchemaCannotCheckGetsAConditionSayingWhatToFix() async throws {
        try await withBatonDev { kubectl, _, _ in
            try await kubectl.apply("""
                apiVersion: baton.dev/v1alpha1
                kind: Model
                metadata: {name: custom}
                spec:
                  version: "1.0"
                  artifact: {uri: "s3://models/custom/1.0"}
                  serving: {runtime: Custom}
                """)
            try await kubectl.succeed([
                "wait", "--for=jsonpath={.status.observedGeneration}=1", "model/custom", "--timeout=60s",
            ])
            let model = try await kubectl.json(["model", "custom"])
            let ready = model[path: ["status", "conditions"]]?.arrayValue?.first { $0["type"] == "Ready" }
            #expect(ready?["status"] == "False")
            #expect(ready?["reason"] == "InvalidSpec")
            #expect(ready?["message"]?.stringValue?.contains("spec.serving.image") == true, "\(ready ?? nil)")
            #expect(try await kubectl.names(["deployments", "-l", "baton.dev/model=custom"]).isEmpty)
            // The operator is still there for the next Model.
            try await kubectl.apply(Self.churn(version: "1.0.0"))
            try await kubectl.succeed(["wait", "--for=condition=Ready", "model/churn", "--timeout=120s"])
        }
    }
}
