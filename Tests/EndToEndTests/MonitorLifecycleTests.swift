import Foundation
import KubeCore
import TestSupport
import Testing

/// Monitors end to end: the real `baton dev` with the real Prometheus and Alertmanager, driven
/// with the real kubectl. A healthy model stays Healthy; an error rate raised by annotation
/// degrades the Monitor and reaches Alertmanager as an alert, which resolves when the rate
/// comes down; a shifted feature sets DriftDetected; a Prometheus that stops answering leaves
/// the checks Inconclusive, and they recover when it answers again.
@Suite(.serialized) struct MonitorLifecycleTests {
    static let model = """
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
            replicas: 2
        """

    /// Interval 5s, so that "within two intervals" is seconds; windows of 20s.
    /// A Pipeline for the retrain action to ask a run of (nothing runs Pipelines yet).
    static let pipeline = """
        apiVersion: baton.dev/v1alpha1
        kind: Pipeline
        metadata: {name: scorer-retrain}
        spec:
          steps:
          - name: retrain
            container: {image: registry.example.com/scorer-train:1.0}
        """

    static func monitor(prometheus: String? = nil, rollback: Bool = false) -> String {
        """
        apiVersion: baton.dev/v1alpha1
        kind: Monitor
        metadata:
          name: scorer-health
        spec:
          modelRef: {name: scorer}
          interval: 5s
        \(prometheus.map { "  prometheus: {url: \"\($0)\", timeout: 2s}" } ?? "")
          metrics:
          - name: error_rate
            query: >-
              sum(rate(baton_model_request_errors_total{model="{{model}}",version="{{version}}"}[20s]))
              / sum(rate(baton_model_requests_total{model="{{model}}",version="{{version}}"}[20s]))
            thresholdRange: {max: "0.05"}
          drift:
          - name: amount
            query: >-
              sum by (le) (increase(baton_model_feature_value_bucket{model="{{model}}",version="{{version}}",feature="amount"}[20s]))
            threshold: "0.25"
            reference: {fromTraining: {}}
          actions:
          - webhook:
              urlSecretRef: {name: baton-dev-alertmanager, key: url}
          - when: [DriftDetected]
            retrain: {pipelineRef: {name: scorer-retrain}}
        \(rollback ? "  - {when: [Degraded], rollback: {}}" : "")
        """
    }

    /// The active alerts Alertmanager holds for the Monitor, by alert name.
    private static func activeAlerts(_ alertmanager: String) async throws -> [String] {
        let body = try await HTTPExchange.send("\(alertmanager)/api/v2/alerts?active=true&silenced=false&inhibited=false").body
        let alerts = try JSONParser().parse(body).arrayValue ?? []
        return alerts.filter { $0[path: ["labels", "monitor"]] == "scorer-health" && $0[path: ["status", "state"]] == "active" }
            .compactMap { $0[path: ["labels", "alertname"]]?.stringValue }.sorted()
    }

    private func waitFor(
        _ condition: String, _ status: String, kubectl: Kubectl, timeout: String = "60s",
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        try await kubectl.succeed(
            ["wait", "--for=condition=\(condition)=\(status)", "monitor/scorer-health", "--timeout=\(timeout)"],
            sourceLocation: sourceLocation)
    }

    @Test func degradationAndDriftRaiseAlertsThatResolve() async throws {
        try await withBatonDev(["--prometheus", "auto"]) { kubectl, baton, _ in
            let alertmanager = try baton.announcedURL(of: "alertmanager")
            try await kubectl.apply(Self.model)
            try await kubectl.apply(Self.pipeline)
            try await kubectl.succeed(["wait", "--for=condition=Ready", "model/scorer", "--timeout=120s"])
            try await kubectl.apply(Self.monitor())
            try await waitFor("Healthy", "True", kubectl: kubectl, timeout: "90s")
            #expect(try await kubectl.jsonpath("{.status.conditions[?(@.type==\"Healthy\")].status}", ["model", "scorer"]) == "True")
            #expect(try await Self.activeAlerts(alertmanager).isEmpty)

            let raised = Date()
            try await kubectl.succeed(["annotate", "model", "scorer", "dev.baton.dev/error-rate=0.5"])
            try await waitFor("Degraded", "True", kubectl: kubectl, timeout: "30s")
            // Within two intervals (5s each) of the change, by the condition's own transition time
            // (whole seconds, hence the second of slack).
            let degradedSince = try await kubectl.jsonpath(
                "{.status.conditions[?(@.type==\"Degraded\")].lastTransitionTime}", ["monitor", "scorer-health"])
            let degradedAfter = try KubeTime(rfc3339: degradedSince).date.timeIntervalSince(raised)
            #expect(degradedAfter <= 11, "Degraded \(degradedAfter) s after the error rate rose")
            let message = try await kubectl.jsonpath("{.status.conditions[?(@.type==\"Degraded\")].message}", ["monitor", "scorer-health"])
            #expect(message.hasPrefix("error_rate = ") && message.hasSuffix("for 1.0.0, above the maximum 0.05"), "\(message)")
            #expect(try await kubectl.jsonpath("{.status.conditions[?(@.type==\"Healthy\")].status}", ["model", "scorer"]) == "False")
            #expect(try await eventually(timeout: .seconds(30)) {
                try await Self.activeAlerts(alertmanager) == ["BatonModelDegraded"]
            }, "the alert reaches Alertmanager")
            let events = try await kubectl.succeed(["get", "events", "--field-selector", "involvedObject.name=scorer-health"])
            #expect(events.contains("Degraded"), "\(events)")

            try await kubectl.succeed(["annotate", "model", "scorer", "dev.baton.dev/error-rate-"])
            try await waitFor("Degraded", "False", kubectl: kubectl, timeout: "60s")
            #expect(try await eventually(timeout: .seconds(30)) { try await Self.activeAlerts(alertmanager).isEmpty },
                "the alert resolves")

            try await kubectl.succeed(["annotate", "model", "scorer", "dev.baton.dev/feature-shift=2"])
            try await waitFor("DriftDetected", "True", kubectl: kubectl, timeout: "30s")
            let drift = try await kubectl.jsonpath("{.status.drift[0].message}", ["monitor", "scorer-health"])
            #expect(drift.hasPrefix("amount drifted for 1.0.0: PSI "), "\(drift)")
            #expect(try await eventually(timeout: .seconds(30)) {
                try await Self.activeAlerts(alertmanager) == ["BatonModelDriftDetected"]
            }, "the drift alert reaches Alertmanager")
            // The retrain action asks the Pipeline for a run, named by when the drift began.
            let since = try await kubectl.jsonpath(
                "{.status.conditions[?(@.type==\"DriftDetected\")].lastTransitionTime}", ["monitor", "scorer-health"])
            #expect(try await eventually(timeout: .seconds(20)) {
                try await kubectl.jsonpath("{.metadata.annotations.baton\\.dev/run-requested-at}", ["pipeline", "scorer-retrain"]) == since
            }, "the run request reaches the Pipeline")
            #expect(try await kubectl.jsonpath("{.metadata.annotations.baton\\.dev/run-requested-by}", ["pipeline", "scorer-retrain"])
                == "Monitor/scorer-health")
            let table = try await kubectl.succeed(["get", "monitors"])
            #expect(table.contains("HEALTHY") && table.contains("DRIFT"), "\(table)")
        }
    }

    @Test func aPrometheusThatStopsAnsweringIsInconclusiveUntilItReturns() async throws {
        try await withBatonDev(["--prometheus", "auto"]) { kubectl, baton, _ in
            let prometheus = try #require(URL(string: try baton.announcedURL(of: "prometheus")))
            let proxy = try StallingProxy(upstreamPort: try #require(prometheus.port))
            defer { proxy.stop() }
            try await kubectl.apply(Self.model)
            try await kubectl.succeed(["wait", "--for=condition=Ready", "model/scorer", "--timeout=120s"])
            try await kubectl.apply(Self.monitor(prometheus: "http://127.0.0.1:\(proxy.port)"))
            try await waitFor("Healthy", "True", kubectl: kubectl, timeout: "90s")

            proxy.stall()
            try await waitFor("Healthy", "Unknown", kubectl: kubectl, timeout: "30s")
            let message = try await kubectl.jsonpath("{.status.conditions[?(@.type==\"Healthy\")].message}", ["monitor", "scorer-health"])
            #expect(message.contains("Prometheus did not answer within"), "\(message)")
            #expect(try await kubectl.jsonpath("{.status.conditions[?(@.type==\"Healthy\")].reason}", ["monitor", "scorer-health"])
                == "Inconclusive")

            proxy.resume()
            try await waitFor("Healthy", "True", kubectl: kubectl, timeout: "60s")
            #expect(baton.output.contains("baton dev cluster at"), "the operator kept running")
        }
    }

    /// A promoted version that degrades is rolled back by the Monitor's rollback action: the
    /// previous version serves again and the history says why, while spec.version stays.
    @Test func aRollbackActionReturnsTheModelToItsPreviousVersion() async throws {
        try await withBatonDev(["--prometheus", "auto"]) { kubectl, _, _ in
            try await kubectl.apply(Self.model)
            try await kubectl.succeed(["wait", "--for=condition=Ready", "model/scorer", "--timeout=120s"])
            try await kubectl.apply(Self.monitor(rollback: true))
            try await waitFor("Healthy", "True", kubectl: kubectl, timeout: "90s")
            try await kubectl.succeed(["patch", "model", "scorer", "--type=merge", "-p", #"{"spec":{"version":"2.0.0"}}"#])
            try await kubectl.succeed([
                "wait", "--for=jsonpath={.status.serving.stableVersion}=2.0.0", "model/scorer", "--timeout=120s",
            ])

            try await kubectl.succeed(["annotate", "model", "scorer", "dev.baton.dev/error-rate=0.5"])
            try await kubectl.succeed(["wait", "--for=jsonpath={.status.phase}=RolledBack", "model/scorer", "--timeout=60s"])
            try await kubectl.succeed([
                "wait", "--for=jsonpath={.status.serving.stableVersion}=1.0.0", "model/scorer", "--timeout=60s",
            ])
            let model = try await kubectl.json(["model", "scorer"])
            #expect(model[path: ["spec", "version"]] == "2.0.0", "the spec is left as written")
            let entry = model[path: ["status", "history"]]?.arrayValue?.last
            #expect(entry?["version"] == "2.0.0" && entry?["outcome"] == "RolledBack", "\(model["status"] ?? nil)")
            #expect(entry?["message"]?.stringValue?.hasPrefix("Monitor scorer-health: error_rate = ") == true)
            try await kubectl.waitUntilNone(["deployments", "-l", "baton.dev/model=scorer,baton.dev/version=2.0.0"])
            let events = try await kubectl.succeed(["get", "events", "--field-selector", "involvedObject.name=scorer"])
            #expect(events.contains("RolledBack"), "\(events)")
        }
    }

    /// Without Prometheus (`--prometheus off`), a Monitor that names none says so.
    @Test func withoutPrometheusAMonitorSaysWhatIsMissing() async throws {
        try await withBatonDev { kubectl, _, _ in
            try await kubectl.apply(Self.model)
            try await kubectl.succeed(["wait", "--for=condition=Ready", "model/scorer", "--timeout=120s"])
            try await kubectl.apply(Self.monitor())
            try await waitFor("Healthy", "Unknown", kubectl: kubectl, timeout: "60s")
            #expect(try await eventually(timeout: .seconds(30)) {
                let message = try await kubectl.jsonpath(
                    "{.status.conditions[?(@.type==\"Healthy\")].message}", ["monitor", "scorer-health"])
                return message.contains("no Prometheus configured")
            }, "the reason shows")
        }
    }
}
