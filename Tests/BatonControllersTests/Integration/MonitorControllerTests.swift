import BatonAPI
import DevMonitoring
import Foundation
import KubeClient
import KubeCore
import KubeRuntime
import Logging
import Prometheus
import TestSupport
import Testing

@testable import BatonControllers

/// The Monitor controller on a dev cluster whose simulated model servers the real Prometheus
/// scrapes: zero writes at rest while it keeps evaluating, and bad input shown on the object.
@Suite struct MonitorControllerTests {
    struct Running {
        let fixture: DevClusterFixture
        let registry: PrometheusCollectorRegistry
        var models: ResourceClient { fixture.client.resource(Model.groupVersionResource, namespace: "default") }
        var monitors: ResourceClient { fixture.client.resource(Monitor.groupVersionResource, namespace: "default") }

        func condition(_ monitor: String, _ type: String) async -> JSONValue? {
            (try? await monitors.get(monitor))?[path: ["status", "conditions"]]?.arrayValue?.first { $0["type"]?.stringValue == type }
        }

        func healthy(_ monitor: String) async -> JSONValue? { await condition(monitor, "Healthy") }

        /// `baton_monitor_evaluations_total` as the operator's /metrics shows it.
        var evaluations: Double {
            var buffer: [UInt8] = []
            registry.emit(into: &buffer)
            let line = String(decoding: buffer, as: UTF8.self).split(separator: "\n")
                .first { $0.hasPrefix("baton_monitor_evaluations_total ") }
            return line.flatMap { Double($0.split(separator: " ").last ?? "") } ?? 0
        }
    }

    static func withMonitorController(_ body: (Running) async throws -> Void) async throws {
        try await withDevCluster(.init(simulation: true)) { fixture in
            let crds = fixture.resource("apiextensions.k8s.io", "v1", "customresourcedefinitions", namespace: nil)
            for definition in CustomResourceDefinitions.all { _ = try await crds.create(definition) }
            let discovery = try #require(fixture.cluster.modelMetricsDiscoveryURL)
            try await withMonitoringServer({ try await PrometheusServer.start(discoveryURL: discovery) }) { prometheus in
                let registry = PrometheusCollectorRegistry()
                let running = Running(fixture: fixture, registry: registry)
                #expect(await eventually { (try? await running.monitors.list()) != nil })
                let manager = Manager(
                    client: fixture.client, configuration: .init(namespace: "default"),
                    metricsFactory: PrometheusMetricsFactory(registry: registry), logger: ModelControllerTests.logger)
                let configuration = OperatorConfiguration(prometheus: DefaultPrometheus(url: prometheus.url, timeout: "2s"))
                let events = EventRecorder(client: fixture.client, controller: "baton.dev/test", instance: "t", logger: ModelControllerTests.logger)
                try ModelController.register(on: manager, configuration: configuration, events: events)
                try MonitorController.register(on: manager, configuration: configuration, events: events, workers: 4)
                let run = Task { try await manager.run() }
                defer { run.cancel() }
                _ = try await running.models.create(ModelControllerTests.model("churn", spec: [
                    "version": "1.0.0", "artifact": ["uri": "s3://models/churn/1.0.0"],
                    "serving": ["runtime": "MLServer", "replicas": 2],
                ]))
                try await body(running)
            }
        }
    }

    static func monitor(
        _ name: String, query: String, prometheus: JSONValue? = nil, drift: JSONValue? = nil, webhook: String? = nil
    ) -> JSONValue {
        var spec: JSONValue = [
            "modelRef": ["name": "churn"], "interval": "1s",
            "metrics": [["name": "check", "query": .string(query), "thresholdRange": ["max": "0.5"]]],
        ]
        if let prometheus { spec["prometheus"] = prometheus }
        if let drift { spec["drift"] = drift }
        if let webhook { spec["actions"] = [["webhook": ["url": .string(webhook)]]] }
        return ["apiVersion": .string(Monitor.apiVersion), "kind": "Monitor", "metadata": ["name": .string(name)], "spec": spec]
    }

    static let errorRate =
        #"sum(rate(baton_model_request_errors_total{model="{{model}}",version="{{version}}"}[10s])) / sum(rate(baton_model_requests_total{model="{{model}}",version="{{version}}"}[10s]))"#

    /// Evaluations that change no verdict write nothing: neither the Monitor nor the Model (its
    /// Healthy condition) changes resourceVersion over many intervals, while the evaluation
    /// counter shows they ran.
    @Test func atRestEvaluationsWriteNothing() async throws {
        try await Self.withMonitorController { running in
            _ = try await running.monitors.create(Self.monitor("errors", query: Self.errorRate))
            #expect(await eventually(timeout: .seconds(60)) { await running.healthy("errors")?["status"] == "True" })
            #expect(await eventually { (try? await running.models.get("churn"))?[path: ["status", "conditions"]]?.arrayValue?
                .contains { $0["type"] == "Healthy" && $0["status"] == "True" } == true })
            let monitorVersion = try await running.monitors.get("errors").resourceVersionNumber
            let modelVersion = try await running.models.get("churn").resourceVersionNumber
            let before = running.evaluations
            try await Task.sleep(for: .seconds(6))
            #expect(running.evaluations - before >= 4, "evaluations ran: \(running.evaluations - before)")
            #expect(try await running.monitors.get("errors").resourceVersionNumber == monitorVersion)
            #expect(try await running.models.get("churn").resourceVersionNumber == modelVersion)
        }
    }

    /// What cannot be evaluated shows on the Monitor, Inconclusive with what to fix, and the
    /// other Monitors carry on.
    @Test func badInputIsInconclusiveAndSaysWhatToFix() async throws {
        try await Self.withMonitorController { running in
            _ = try await running.fixture.configMaps.create(configMap("reference", data: ["amount.json": "{\"buckets\": 7}"]))
            // An https server whose CA only the ConfigMap holds (the dev cluster's API server,
            // which is no Prometheus): without the CA the certificate is refused; with it the
            // connection is made and the answer is not a query result.
            let tlsServer = running.fixture.cluster.url
            _ = try await running.fixture.configMaps.create(
                configMap("server-ca", data: ["ca.crt": running.fixture.cluster.certificates.authorityPEM]))
            let cases: [(JSONValue, String)] = [
                (Self.monitor("bad-promql", query: "sum(rate(baton_model_requests_total[1m]"), "Prometheus refused the query (HTTP 400, bad_data)"),
                (Self.monitor("many-series", query: #"baton_model_requests_total{model="{{model}}"}"#),
                 "the query returned 2 series; a check needs one"),
                (Self.monitor("no-secret", query: Self.errorRate, prometheus: [
                    "url": "https://prometheus.example.com", "bearerTokenSecretRef": ["name": "missing", "key": "token"],
                ]), "Secret default/missing not found"),
                (Self.monitor("in-the-clear", query: Self.errorRate, prometheus: [
                    "url": "http://prometheus.example.com", "basicAuth": [
                        "usernameSecretRef": ["name": "prometheus-basic", "key": "username"],
                        "passwordSecretRef": ["name": "prometheus-basic", "key": "password"],
                    ],
                ]), "refusing to send credentials to http://prometheus.example.com over plain http"),
                (Self.monitor("bad-reference", query: Self.errorRate, drift: [[
                    "name": "amount", "threshold": "0.2", "query": "sum by (le) (baton_model_feature_value_bucket)",
                    "reference": ["configMapKeyRef": ["name": "reference", "key": "amount.json"]],
                ]]), "ConfigMap default/reference key amount.json is not a histogram"),
                (Self.monitor("unknown-ca", query: Self.errorRate, prometheus: ["url": .string(tlsServer)]),
                 "Prometheus is unreachable: SSL certificate problem"),
                (Self.monitor("down", query: Self.errorRate, prometheus: ["url": "http://127.0.0.1:1"]),
                 "Prometheus is unreachable: Failed to connect to 127.0.0.1 port 1"),
                (Self.monitor("known-ca", query: Self.errorRate, prometheus: [
                    "url": .string(tlsServer), "caConfigMapRef": ["name": "server-ca", "key": "ca.crt"],
                ]), "Prometheus answered HTTP 401"),
            ]
            _ = try await running.fixture.resource("", "v1", "secrets").create([
                "apiVersion": "v1", "kind": "Secret", "metadata": ["name": "prometheus-basic"],
                "stringData": ["username": "baton", "password": "s3cret"],
            ])
            for (monitor, _) in cases { _ = try await running.monitors.create(monitor) }
            _ = try await running.monitors.create(Self.monitor("fine", query: Self.errorRate))
            for (monitor, message) in cases {
                let name = monitor[path: ["metadata", "name"]]?.stringValue ?? ""
                let shown = await eventually(timeout: .seconds(60)) {
                    let healthy = await running.healthy(name)
                    return healthy?["status"] == "Unknown" && healthy?["message"]?.stringValue?.contains(message) == true
                }
                let healthy = await running.healthy(name)
                #expect(shown, "\(name): \(healthy ?? nil)")
            }
            #expect(await eventually(timeout: .seconds(60)) { await running.healthy("fine")?["status"] == "True" })
        }
    }

    /// A webhook that does not answer: the delivery fails with an Event and is retried with
    /// backoff, and the alert arrives once it answers — once, as Alertmanager lists it.
    @Test func anAlertThatCannotBeDeliveredIsRetriedUntilItIs() async throws {
        try await Self.withMonitorController { running in
            try await withMonitoringServer({ try await AlertmanagerServer.start() }) { alertmanager in
                try await Self.deliverOnceItAnswers(running, alertmanager: alertmanager.url)
            }
        }
    }

    private static func deliverOnceItAnswers(_ running: Running, alertmanager: String) async throws {
        let port = try #require(URL(string: alertmanager)?.port)
        let proxy = try StallingProxy(upstreamPort: port)
        defer { proxy.stop() }
        proxy.stall()
        _ = try await running.monitors.create(
            Self.monitor("errors", query: Self.errorRate, webhook: "http://127.0.0.1:\(proxy.port)/api/v2/alerts"))
        _ = try await running.models.patch(
            "churn", type: .merge, body: ["metadata": ["annotations": ["dev.baton.dev/error-rate": "0.9"]]])
        #expect(await eventually(timeout: .seconds(60)) { await running.healthy("errors")?["status"] == "False" })
        let events = running.fixture.resource("events.k8s.io", "v1", "events")
        let failed = await eventually(timeout: .seconds(40)) {
            ((try? await events.list())?.items ?? []).contains { $0["reason"] == "ActionFailed" }
        }
        #expect(failed, "a Warning Event tells of the failed delivery")
        let shown = await eventually {
            let condition = await running.condition("errors", "ActionsDelivered")
            return condition?["reason"] == "ActionFailed" && condition?["status"] == "False"
                && condition?["message"]?.stringValue?.contains("actions[0].webhook") == true
        }
        #expect(shown, "ActionsDelivered=False shows it on the Monitor")
        let healthy = await running.healthy("errors")
        #expect(healthy?["status"] == "False", "the Monitor controller keeps its own conditions")
        proxy.resume()
        let arrived = await eventually(timeout: .seconds(60)) {
            let body = (try? await HTTPExchange.send("\(alertmanager)/api/v2/alerts"))?.body ?? "[]"
            let alerts = (try? JSONParser().parse(body).arrayValue) ?? []
            return alerts.filter { $0[path: ["labels", "monitor"]] == "errors" }.count == 1
        }
        #expect(arrived, "the alert reaches Alertmanager once it answers")
        let recovered = await eventually { await running.condition("errors", "ActionsDelivered")?["status"] == "True" }
        #expect(recovered, "ActionsDelivered=True once it went through")
    }
}
