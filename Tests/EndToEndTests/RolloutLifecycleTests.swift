import Foundation
import KubeCore
import TestSupport
import Testing

/// Rollouts end to end: the real `baton dev` with the real Prometheus, driven with the real
/// kubectl. A healthy canary goes through every step and is promoted; a canary whose error rate
/// rises (one annotation on its Deployment) rolls back by itself; a canary with no data holds
/// and is never promoted; a version changed mid-rollout starts again; blue-green judges the
/// candidate behind the preview Service; an operator killed mid-step resumes at that step.
@Suite(.serialized) struct RolloutLifecycleTests {
    /// 4 pods at 20 requests per second each; training takes half a second.
    static func model(rollout: String) -> String {
        """
        apiVersion: baton.dev/v1alpha1
        kind: Model
        metadata:
          name: scorer
          annotations:
            dev.baton.dev/duration: 500ms
            dev.baton.dev/request-rate: "20"
        spec:
          version: "1.0.0"
          training:
            image: registry.example.com/scorer-train:1.0
          serving:
            runtime: MLServer
            replicas: 4
          rollout:
        \(rollout.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n"))
        """
    }

    /// Error rate over 20 s windows, every 5 s; `metric` names another counter to measure
    /// nothing at all.
    static func monitor(metric: String = "baton_model_request_errors_total") -> String {
        """
        apiVersion: baton.dev/v1alpha1
        kind: Monitor
        metadata:
          name: scorer-health
        spec:
          modelRef: {name: scorer}
          interval: 5s
          metrics:
          - name: error_rate
            query: >-
              sum(rate(\(metric){model="{{model}}",version="{{version}}"}[20s]))
              / sum(rate(baton_model_requests_total{model="{{model}}",version="{{version}}"}[20s]))
            thresholdRange: {max: "0.05"}
        """
    }

    static let analysis = "analysis: {monitorRef: {name: scorer-health}}"

    /// Up, serving 1.0.0, with the Monitor in place.
    private func serving(_ kubectl: Kubectl, rollout: String, monitor: String = RolloutLifecycleTests.monitor()) async throws {
        try await kubectl.apply(monitor)
        try await kubectl.apply(Self.model(rollout: rollout))
        try await kubectl.succeed(["wait", "--for=condition=Ready", "model/scorer", "--timeout=120s"])
    }

    private func bump(_ kubectl: Kubectl, to version: String) async throws {
        try await kubectl.succeed(["patch", "model", "scorer", "--type=merge", "-p", #"{"spec":{"version":"\#(version)"}}"#])
    }

    private func waitFor(_ jsonpath: String, _ value: String, _ kubectl: Kubectl, timeout: String = "90s",
                         sourceLocation: SourceLocation = #_sourceLocation) async throws {
        try await kubectl.succeed(
            ["wait", "--for=jsonpath={\(jsonpath)}=\(value)", "model/scorer", "--timeout=\(timeout)"],
            sourceLocation: sourceLocation)
    }

    private func replicas(_ kubectl: Kubectl, version: String) async throws -> String {
        try await kubectl.jsonpath(
            "{.items[0].spec.replicas}", ["deployments", "-l", "baton.dev/model=scorer,baton.dev/version=\(version)"])
    }

    /// `kubectl get <arguments> -o json`, again until `accept` holds (or the time is up: the
    /// last one, which the caller's expectations then judge).
    private func until(
        _ kubectl: Kubectl, _ arguments: [String], timeout: Duration = .seconds(60), _ accept: (JSONValue) -> Bool
    ) async throws -> JSONValue {
        let deadline = ContinuousClock.now + timeout
        var object = try await kubectl.json(arguments)
        while !accept(object), ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(250))
            object = try await kubectl.json(arguments)
        }
        #expect(accept(object), "not as expected after \(timeout): \(arguments)")
        return object
    }

    private func events(_ kubectl: Kubectl) async throws -> String {
        try await kubectl.succeed(["get", "events", "--field-selector", "involvedObject.name=scorer"])
    }

    @Test func aHealthyCanaryIsPromotedThroughEveryStep() async throws {
        try await withBatonDev(["--prometheus", "auto"]) { kubectl, _, _ in
            try await serving(kubectl, rollout: """
                strategy: Canary
                steps: [{weight: 25, pause: 10s}, {weight: 50, pause: 10s}, {weight: 100}]
                \(Self.analysis)
                scaleDownDelay: 2s
                """)
            try await bump(kubectl, to: "2.0.0")
            // Step 1: one pod of four, the Service over both versions.
            try await kubectl.succeed([
                "wait", "--for=jsonpath={.status.serving.canaryWeight}=25", "model/scorer", "--timeout=90s",
            ])
            #expect(try await replicas(kubectl, version: "2.0.0") == "1")
            #expect(try await replicas(kubectl, version: "1.0.0") == "3")
            let selector = try await kubectl.jsonpath("{.spec.selector}", ["service", "scorer"])
            #expect(!selector.contains("baton.dev/version"), "the Service selects both versions: \(selector)")

            try await waitFor(".status.rollout.step", "1", kubectl)
            try await kubectl.succeed([
                "wait", "--for=jsonpath={.status.serving.canaryWeight}=50", "model/scorer", "--timeout=90s",
            ])
            #expect(try await replicas(kubectl, version: "2.0.0") == "2")
            try await kubectl.succeed(["wait", "--for=condition=Ready", "model/scorer", "--timeout=120s"])
            let model = try await kubectl.json(["model", "scorer"])
            #expect(model[path: ["status", "serving", "stableVersion"]] == "2.0.0")
            #expect(model[path: ["status", "rollout", "phase"]] == "Completed")
            #expect(model[path: ["status", "rollout", "reason"]] == "Promoted")
            let evaluations = model[path: ["status", "rollout", "analysis", "evaluations"]]?.intValue ?? 0
            #expect(evaluations >= 3, "judged at each step: \(evaluations)")
            #expect(model[path: ["status", "rollout", "analysis", "failures"]] == 0)
            #expect(model[path: ["status", "history"]]?.arrayValue?.last?["outcome"] == "Promoted")
            let events = try await events(kubectl)
            #expect(events.contains("RolloutStepStarted") && events.contains("Promoted"), "\(events)")
            // The old version goes after the scale-down delay.
            try await kubectl.waitUntilNone(["deployments", "-l", "baton.dev/model=scorer,baton.dev/version=1.0.0"])
        }
    }

    /// Error rate, latency and drift (checks over 20 s windows): the candidate's Monitor judges
    /// it on its own metrics, and each kind of failure rolls it back.
    static let fullMonitor = """
        apiVersion: baton.dev/v1alpha1
        kind: Monitor
        metadata:
          name: scorer-health
        spec:
          modelRef: {name: scorer}
          interval: 5s
          metrics:
          - name: error_rate
            query: >-
              sum(rate(baton_model_request_errors_total{model="{{model}}",version="{{version}}"}[20s]))
              / sum(rate(baton_model_requests_total{model="{{model}}",version="{{version}}"}[20s]))
            thresholdRange: {max: "0.05"}
          - name: latency_p99
            query: >-
              histogram_quantile(0.99, sum by (le) (rate(baton_model_request_duration_seconds_bucket{model="{{model}}",version="{{version}}"}[20s])))
            thresholdRange: {max: 250m}
          drift:
          - name: amount
            query: >-
              sum by (le) (increase(baton_model_feature_value_bucket{model="{{model}}",version="{{version}}",feature="amount"}[20s]))
            threshold: "0.25"
            reference: {fromTraining: {}}
        """

    /// A bad canary — its errors, its latency or its input data — rolls back by itself: one
    /// annotation on its Deployment (the simulated servers read it) makes it so.
    @Test(arguments: [
        ("dev.baton.dev/error-rate=0.5", "error_rate = ", "above the maximum 0.05"),
        ("dev.baton.dev/latency=400ms", "latency_p99 = ", "above the maximum 250m"),
        ("dev.baton.dev/feature-shift=2", "amount drifted for 2.0.0: PSI ", "threshold 0.25"),
    ])
    func aBadCanaryRollsBackByItself(_ annotation: String, _ check: String, _ threshold: String) async throws {
        try await withBatonDev(["--prometheus", "auto"]) { kubectl, _, _ in
            try await serving(
                kubectl,
                rollout: """
                    strategy: Canary
                    steps: [{weight: 50, pause: 5m}, {weight: 100}]
                    \(Self.analysis)
                    """,
                monitor: Self.fullMonitor)
            try await bump(kubectl, to: "2.0.0")
            _ = try await until(kubectl, ["deployments", "-l", "baton.dev/model=scorer"]) { ($0["items"]?.arrayValue?.count ?? 0) == 2 }
            try await kubectl.succeed(["annotate", "deployment", "scorer-2-0-0", annotation])
            try await waitFor(".status.phase", "RolledBack", kubectl)
            let model = try await kubectl.json(["model", "scorer"])
            #expect(model[path: ["status", "rollout", "phase"]] == "RolledBack")
            #expect(model[path: ["status", "rollout", "reason"]] == "AnalysisFailed")
            let message = model[path: ["status", "rollout", "message"]]?.stringValue ?? ""
            #expect(message.contains(check) && message.contains(threshold), "\(message)")
            #expect(message.hasSuffix("Traffic is back on version 1.0.0."))
            #expect(model[path: ["status", "serving", "stableVersion"]] == "1.0.0")
            let degraded = model[path: ["status", "conditions"]]?.arrayValue?.first { $0["type"] == "Degraded" }
            #expect(degraded?["status"] == "True" && degraded?["reason"] == "AnalysisFailed")
            // Traffic back on stable at once: the Service selects it, the candidate has no pods.
            try await kubectl.succeed([
                "wait", "--for=jsonpath={.spec.selector.baton\\.dev/version}=1.0.0", "service/scorer", "--timeout=30s",
            ])
            try await kubectl.succeed([
                "wait", "--for=jsonpath={.spec.replicas}=0", "deployment/scorer-2-0-0", "--timeout=30s",
            ])
            #expect(try await replicas(kubectl, version: "1.0.0") == "4")
            #expect(try await events(kubectl).contains("RolledBack"))
            #expect(model[path: ["status", "history"]]?.arrayValue?.last?["outcome"] == "RolledBack")
        }
    }

    @Test func aCanaryWithNoDataHoldsAndIsNeverPromoted() async throws {
        try await withBatonDev(["--prometheus", "auto"]) { kubectl, _, _ in
            try await serving(
                kubectl,
                rollout: """
                    strategy: Canary
                    steps: [{weight: 50, pause: 5s}, {weight: 100}]
                    \(Self.analysis)
                    """,
                monitor: Self.monitor(metric: "no_such_metric_total"))
            try await bump(kubectl, to: "2.0.0")
            try await waitFor(".status.rollout.reason", "AnalysisInconclusive", kubectl)
            // Well past the 5 s pause and several evaluations: still held, never promoted.
            try await Task.sleep(for: .seconds(15))
            let model = try await kubectl.json(["model", "scorer"])
            #expect(model[path: ["status", "rollout", "phase"]] == "Paused")
            #expect(model[path: ["status", "rollout", "step"]] == 0)
            #expect(model[path: ["status", "serving", "stableVersion"]] == "1.0.0")
            let message = model[path: ["status", "rollout", "message"]]?.stringValue ?? ""
            #expect(message.contains("no data") && message.contains("not promoted without a verdict"), "\(message)")
            #expect((model[path: ["status", "rollout", "analysis", "evaluations"]]?.intValue ?? 0) >= 2)

            // A person gives up on it: abort by annotation, acknowledged and consumed.
            try await kubectl.succeed(["annotate", "model", "scorer", "baton.dev/abort=now"])
            try await waitFor(".status.rollout.phase", "Aborted", kubectl, timeout: "30s")
            let aborted = try await until(kubectl, ["model", "scorer"]) { $0[path: ["metadata", "annotations", "baton.dev/abort"]] == nil }
            #expect(aborted[path: ["status", "rollout", "requests"]]?.arrayValue?.first?["action"] == "Abort")
            #expect(aborted[path: ["metadata", "annotations", "baton.dev/abort"]] == nil, "consumed")
        }
    }

    @Test func aVersionChangedMidRolloutStartsItsAnalysisAgain() async throws {
        try await withBatonDev(["--prometheus", "auto"]) { kubectl, _, _ in
            try await serving(kubectl, rollout: """
                strategy: Canary
                steps: [{weight: 50, pause: 10s}, {weight: 100}]
                \(Self.analysis)
                scaleDownDelay: 1s
                """)
            try await bump(kubectl, to: "2.0.0")
            try await waitFor(".status.rollout.analysis.evaluations", "1", kubectl)
            try await bump(kubectl, to: "3.0.0")
            try await waitFor(".status.rollout.version", "3.0.0", kubectl)
            let restarted = try await kubectl.json(["model", "scorer"])
            #expect(restarted[path: ["status", "rollout", "step"]] == 0)
            #expect((restarted[path: ["status", "rollout", "analysis", "evaluations"]]?.intValue ?? 9) <= 1)
            try await kubectl.waitUntilNone(["deployments", "-l", "baton.dev/model=scorer,baton.dev/version=2.0.0"])
            try await kubectl.succeed(["wait", "--for=condition=Ready", "model/scorer", "--timeout=120s"])
            let done = try await kubectl.json(["model", "scorer"])
            #expect(done[path: ["status", "serving", "stableVersion"]] == "3.0.0")
            #expect((done[path: ["status", "rollout", "analysis", "evaluations"]]?.intValue ?? 0) >= 1)
            let history = done[path: ["status", "history"]]?.arrayValue?.map { "\($0["version"] ?? nil)" } ?? []
            #expect(!history.contains("\"2.0.0\""), "2.0.0 never promoted: \(history)")
        }
    }

    @Test func blueGreenJudgesTheCandidateBehindThePreviewService() async throws {
        try await withBatonDev(["--prometheus", "auto"]) { kubectl, _, _ in
            try await serving(kubectl, rollout: """
                strategy: BlueGreen
                \(Self.analysis)
                scaleDownDelay: 1s
                """)
            try await bump(kubectl, to: "2.0.0")
            _ = try await until(kubectl, ["services", "-l", "baton.dev/model=scorer"]) { ($0["items"]?.arrayValue?.count ?? 0) == 2 }
            #expect(try await kubectl.jsonpath("{.spec.selector.baton\\.dev/version}", ["service", "scorer-preview"]) == "2.0.0")
            #expect(try await kubectl.jsonpath("{.spec.selector.baton\\.dev/version}", ["service", "scorer"]) == "1.0.0")
            #expect(try await replicas(kubectl, version: "2.0.0") == "4", "the whole candidate beside the stable")
            try await kubectl.succeed(["wait", "--for=condition=Ready", "model/scorer", "--timeout=120s"])
            #expect(try await kubectl.jsonpath("{.spec.selector.baton\\.dev/version}", ["service", "scorer"]) == "2.0.0")
            let model = try await kubectl.json(["model", "scorer"])
            #expect((model[path: ["status", "rollout", "analysis", "evaluations"]]?.intValue ?? 0) >= 1)
            try await kubectl.waitUntilNone(["services", "--field-selector", "metadata.name=scorer-preview"])
        }
    }

    /// The operator killed outright (SIGKILL) at each step of a canary: the next one reads the
    /// step from the status and carries on from there — the same step, the same start time, one
    /// Deployment per version — and the rollout completes.
    @Test func anOperatorKilledAtEachStepResumesThere() async throws {
        try await withBatonDev(["--no-operator", "--prometheus", "auto"]) { kubectl, baton, _ in
            let prometheus = try baton.announcedURL(of: "prometheus")
            func startOperator() async throws -> LiveProcess {
                try await OperatorCommandTests.startOperator(kubectl.kubeconfig, ["--prometheus-url", prometheus])
            }
            var running = try await startOperator()
            try await serving(kubectl, rollout: """
                strategy: Canary
                steps: [{weight: 25, pause: 8s}, {weight: 50, pause: 8s}, {weight: 100}]
                \(Self.analysis)
                scaleDownDelay: 1s
                """)
            try await bump(kubectl, to: "2.0.0")
            for step in 0...2 {
                let before = try await until(kubectl, ["model", "scorer"], timeout: .seconds(90)) {
                    $0[path: ["status", "rollout", "step"]]?.intValue == Int64(step)
                        && $0[path: ["status", "rollout", "stepStartTime"]] != nil
                }
                kill(running.processIdentifier, SIGKILL)
                _ = await running.exit()
                running = try await startOperator()
                // Give the new operator time to read everything and act on it.
                try await Task.sleep(for: .seconds(2))
                let after = try await kubectl.json(["model", "scorer"])
                let stepAfter = after[path: ["status", "rollout", "step"]]?.intValue ?? -1
                #expect(stepAfter >= Int64(step), "step \(step): resumed at \(stepAfter)")
                if stepAfter == Int64(step) {
                    #expect(after[path: ["status", "rollout", "stepStartTime"]] == before[path: ["status", "rollout", "stepStartTime"]],
                            "step \(step) kept its start")
                }
                #expect(try await kubectl.names(["deployments", "-l", "baton.dev/model=scorer,baton.dev/version=2.0.0"]).count == 1)
            }
            try await kubectl.succeed(["wait", "--for=condition=Ready", "model/scorer", "--timeout=120s"])
            let done = try await kubectl.json(["model", "scorer"])
            #expect(done[path: ["status", "rollout", "phase"]] == "Completed")
            #expect(done[path: ["status", "history"]]?.arrayValue?.filter { $0["outcome"] == "Promoted" && $0["version"] == "2.0.0" }.count == 1)
            await running.stop()
        }
    }

    /// The GatewayAPI router against Gateway API's own CRD (from the shared corpus): the
    /// HTTPRoute carries the step's weights, Prometheus sees that split in the requests the
    /// versions served (10 %, where the pods alone would make 20 %), then everything goes to the
    /// promoted version; a Shadow
    /// rollout mirrors the traffic to the candidate and judges its predictions against the
    /// stable version's before promoting it.
    @Test func theGatewayAPIRouterWeightsTheRouteAndAShadowIsJudged() async throws {
        try await withBatonDev(["--no-operator", "--prometheus", "auto"]) { kubectl, baton, _ in
            let crd = Corpus.root.appendingPathComponent("crds/gateway-api/gateway.networking.k8s.io_httproutes.yaml").path
            try await kubectl.succeed(["apply", "--server-side", "-f", crd])
            try await kubectl.succeed(["wait", "--for=condition=Established", "-f", crd, "--timeout=60s"])
            let prometheus = try baton.announcedURL(of: "prometheus")
            let running = try await OperatorCommandTests.startOperator(kubectl.kubeconfig, ["--prometheus-url", prometheus])
            try await serving(kubectl, rollout: """
                strategy: Canary
                trafficRouter: GatewayAPI
                gatewayRef: {name: public, namespace: gateways}
                steps: [{weight: 10, pause: 30s}, {weight: 100}]
                \(Self.analysis)
                scaleDownDelay: 1s
                """)
            func backends() async throws -> [String: Int64] {
                let route = try await kubectl.json(["httproute", "scorer"])
                var weights: [String: Int64] = [:]
                for backend in route[path: ["spec", "rules"]]?.arrayValue?.first?["backendRefs"]?.arrayValue ?? [] {
                    weights[backend["name"]?.stringValue ?? ""] = backend["weight"]?.intValue
                }
                return weights
            }
            #expect(try await backends() == ["scorer-1-0-0": 100])
            let parent = try await kubectl.jsonpath("{.spec.parentRefs[0].name}/{.spec.parentRefs[0].namespace}", ["httproute", "scorer"])
            #expect(parent == "public/gateways")

            try await bump(kubectl, to: "2.0.0")
            _ = try await until(kubectl, ["model", "scorer"]) { $0[path: ["status", "rollout", "stepStartTime"]] != nil }
            #expect(try await backends() == ["scorer-1-0-0": 90, "scorer-2-0-0": 10])
            #expect(try await kubectl.jsonpath("{.status.serving.canaryWeight}", ["model", "scorer"]) == "10")
            #expect(try await replicas(kubectl, version: "2.0.0") == "1", "10% of 4 pods, rounded up")
            #expect(try await replicas(kubectl, version: "1.0.0") == "4", "the stable version keeps its pods")
            // Prometheus sees the route's split, not the pods' (1 of 5 pods would be 20%).
            let share = #"sum(rate(baton_model_requests_total{model="scorer",version="2.0.0"}[10s]))"#
                + #" / sum(rate(baton_model_requests_total{model="scorer"}[10s]))"#
            var seen: Double?
            for _ in 0..<40 {
                try await Task.sleep(for: .seconds(1))
                let encoded = share.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
                let answer = try JSONParser().parse(try await HTTPExchange.send("\(prometheus)/api/v1/query?query=\(encoded)").body)
                seen = answer[path: ["data", "result"]]?.arrayValue?.first?["value"]?.arrayValue?.last?.stringValue.flatMap(Double.init)
                if let seen, abs(seen - 0.10) < 0.03 { break }
            }
            #expect(seen.map { abs($0 - 0.10) < 0.03 } == true, "the candidate's share of requests in Prometheus: \(seen ?? .nan)")
            try await kubectl.succeed(["wait", "--for=condition=Ready", "model/scorer", "--timeout=120s"])
            #expect(try await backends() == ["scorer-2-0-0": 100])

            // Shadow: the next version gets a mirrored copy of the traffic and is judged on it.
            try await kubectl.succeed([
                "patch", "model", "scorer", "--type=merge", "-p", #"{"spec":{"version":"3.0.0","rollout":{"strategy":"Shadow","steps":null}}}"#,
            ])
            let mirrored = try await until(kubectl, ["httproute", "scorer"]) {
                $0[path: ["spec", "rules"]]?.arrayValue?.first?["filters"] != nil
            }
            let filter = mirrored[path: ["spec", "rules"]]?.arrayValue?.first?["filters"]?.arrayValue?.first
            #expect(filter?["type"] == "RequestMirror")
            #expect(filter?[path: ["requestMirror", "backendRef", "name"]] == "scorer-3-0-0")
            try await kubectl.succeed(["wait", "--for=condition=Ready", "model/scorer", "--timeout=120s"])
            let model = try await kubectl.json(["model", "scorer"])
            #expect(model[path: ["status", "rollout", "strategy"]] == "Shadow")
            let results = model[path: ["status", "rollout", "analysis", "results"]]?.arrayValue ?? []
            let predictions = results.first { $0["name"] == "predictions" }
            #expect(predictions?["verdict"] == "Pass", "\(results)")
            #expect(try await backends() == ["scorer-3-0-0": 100])

            // A shadow that answers the same requests differently is not promoted.
            try await bump(kubectl, to: "4.0.0")
            _ = try await until(kubectl, ["deployments", "-l", "baton.dev/model=scorer,baton.dev/version=4.0.0"]) {
                ($0["items"]?.arrayValue?.count ?? 0) == 1
            }
            try await kubectl.succeed(["annotate", "deployment", "scorer-4-0-0", "dev.baton.dev/prediction-shift=2"])
            try await waitFor(".status.phase", "RolledBack", kubectl)
            let rejected = try await kubectl.json(["model", "scorer"])
            let message = rejected[path: ["status", "rollout", "message"]]?.stringValue ?? ""
            #expect(message.contains("predictions drifted for 4.0.0: KS D "), "\(message)")
            #expect(rejected[path: ["status", "serving", "stableVersion"]] == "3.0.0")
            #expect(try await backends() == ["scorer-3-0-0": 100])
            await running.stop()
        }
    }

    /// The samples of manifests/samples/rollouts serve; the Shadow one says Gateway API is
    /// missing until its HTTPRoute CRD is installed, and then serves without a restart.
    @Test func theRolloutSamplesServeAndGatewayAPIIsPickedUpWhenInstalled() async throws {
        try await withBatonDev { kubectl, _, _ in
            let samples = PackageRoot.url.appendingPathComponent("manifests/samples/rollouts").path
            try await kubectl.succeed(["apply", "-f", samples])
            for model in ["churn", "ranker", "nightly-scorer"] {
                try await kubectl.succeed(["wait", "--for=condition=Ready", "model/\(model)", "--timeout=120s"])
            }
            let waiting = try await until(kubectl, ["model", "pricer"]) {
                $0[path: ["status", "conditions"]]?.arrayValue?.contains { $0["reason"] == "InvalidSpec" } == true
            }
            let ready = waiting[path: ["status", "conditions"]]?.arrayValue?.first { $0["type"] == "Ready" }
            #expect(ready?["message"]?.stringValue?.contains("this cluster does not serve HTTPRoutes") == true)

            let crd = Corpus.root.appendingPathComponent("crds/gateway-api/gateway.networking.k8s.io_httproutes.yaml").path
            try await kubectl.succeed(["apply", "--server-side", "-f", crd])
            // The operator looks for the kind again every 30 s.
            try await kubectl.succeed(["wait", "--for=condition=Ready", "model/pricer", "--timeout=90s"])
            #expect(try await kubectl.names(["httproutes"]) == ["httproute.gateway.networking.k8s.io/pricer"])
        }
    }
}
