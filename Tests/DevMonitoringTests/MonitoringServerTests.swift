import DevCluster
import DevMonitoring
import Foundation
import KubeCore
import Testing
import TestSupport

/// The real Prometheus and Alertmanager from the machine's packages, run as `baton dev` runs
/// them. Without the packages these tests fail with the install hint: a skip would hide that
/// Monitors have nothing to query.
@Suite struct MonitoringServerTests {
    /// Polls `url` until its JSON answer satisfies `accept`, for at most `timeout`.
    private func poll(_ url: String, timeout: Duration = .seconds(30), until accept: (JSONValue) -> Bool) async throws -> JSONValue? {
        var last: JSONValue?
        _ = await eventually(timeout: timeout) {
            guard let reply = try? await HTTPExchange.send(url), reply.status == 200 else { return false }
            last = try? JSONParser().parse(Array(reply.body.utf8))
            return last.map(accept) ?? false
        }
        return last.flatMap { accept($0) ? $0 : nil }
    }

    @Test func prometheusScrapesTheServingPodsItDiscoversAndKnowsItsAlertmanager() async throws {
        try await withDevCluster(.init(simulation: true)) { fixture in
            _ = try await fixture.createServing(servingDeployment("fraud-v1", model: "fraud", version: "1.0.0"))
            let pod = try #require(try await fixture.runningServingPod(model: "fraud"))
            let discovery = try #require(fixture.cluster.modelMetricsDiscoveryURL)
            try await withMonitoringServer({ try await AlertmanagerServer.start() }) { alertmanager in
                try await withMonitoringServer({
                    try await PrometheusServer.start(discoveryURL: discovery, alertmanagerURL: alertmanager.url)
                }) { prometheus in
                    let expected: JSONValue = [
                        "namespace": "default", "pod": .string(pod.name), "model": "fraud", "version": "1.0.0",
                    ]
                    let answer = try await poll("\(prometheus.url)/api/v1/query?query=baton_model_requests_total") { answer in
                        (answer[path: ["data", "result"]]?.arrayValue ?? []).contains { sample in
                            expected.objectValue!.allSatisfy { sample[path: ["metric", $0.key]] == $0.value }
                        }
                    }
                    #expect(answer != nil, "no sample of baton_model_requests_total with \(expected) within 30 s")
                    let alertmanagers = try await poll("\(prometheus.url)/api/v1/alertmanagers") { answer in
                        answer[path: ["data", "activeAlertmanagers"]]?.arrayValue?.first?["url"]?.stringValue?
                            .hasPrefix(alertmanager.url) == true
                    }
                    #expect(alertmanagers != nil, "Prometheus does not send alerts to \(alertmanager.url)")
                }
            }
        }
    }

    /// Behind an HTTPRoute (the Gateway API's real CRD, from the shared corpus) sending 80/20 to
    /// two versions' Services, Prometheus sees the versions serve 80 % and 20 % of the requests;
    /// were the route ignored, each version's pod would serve its own rate: 50/50.
    @Test func prometheusSeesTheSplitOfAnHTTPRoute() async throws {
        try await withDevCluster(.init(simulation: true)) { fixture in
            try await fixture.installCorpusCRDs("crds/gateway-api/gateway.networking.k8s.io_httproutes.yaml")
            for version in ["1.0.0", "2.0.0"] {
                let name = "fraud-" + version.replacingOccurrences(of: ".", with: "-")
                _ = try await fixture.deployments.create(
                    servingDeployment(name, model: "fraud", version: version, annotations: ["dev.baton.dev/request-rate": "100"]))
                _ = try await fixture.resource("", "v1", "services").create(versionService(name, model: "fraud", version: version))
            }
            _ = try await fixture.httpRoutes.create(httpRoute("fraud", backends: [("fraud-1-0-0", 80), ("fraud-2-0-0", 20)]))
            let discovery = try #require(fixture.cluster.modelMetricsDiscoveryURL)
            try await withMonitoringServer({ try await PrometheusServer.start(discoveryURL: discovery) }) { prometheus in
                func url(_ query: String) -> String {
                    "\(prometheus.url)/api/v1/query?query=" + query.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
                }
                // Once both versions' pods have been scraped (every second) for longer than the
                // 10 s of the rate, so that it neither extrapolates from a few early samples nor
                // starts at the counters' first.
                let full = try await poll(url("count(count_over_time(baton_model_requests_total[15s]) >= 13)"), timeout: .seconds(45)) {
                    $0[path: ["data", "result"]]?[0]?["value"]?[1] == "2"
                }
                try #require(full != nil, "Prometheus has not scraped both versions' pods for 15 s")
                let reply = try await HTTPExchange.send(url("sum by (version) (rate(baton_model_requests_total[10s]))"))
                var rates: [String: Double] = [:]
                for sample in try JSONParser().parse(Array(reply.body.utf8))[path: ["data", "result"]]?.arrayValue ?? [] {
                    guard let version = sample[path: ["metric", "version"]]?.stringValue,
                        let value = sample["value"]?[1]?.stringValue.flatMap(Double.init)
                    else { continue }
                    rates[version] = value
                }
                let stable = try #require(rates["1.0.0"], "\(reply.body)")
                let canary = try #require(rates["2.0.0"], "\(reply.body)")
                #expect(abs(stable / (stable + canary) - 0.8) < 0.03, "stable's share of \(rates)")
                #expect(abs(stable + canary - 200) < 30, "two pods' worth: \(rates)")
            }
        }
    }

    @Test func alertmanagerListsAnAlertPostedToIt() async throws {
        try await withMonitoringServer({ try await AlertmanagerServer.start() }) { alertmanager in
            let posted = try await HTTPExchange.send(
                "\(alertmanager.url)/api/v2/alerts", json: #"[{"labels": {"alertname": "ModelDrift", "model": "fraud"}}]"#)
            #expect(posted.status == 200, "\(posted.body)")
            let listed = try await HTTPExchange.send("\(alertmanager.url)/api/v2/alerts")
            let alerts = try #require(try JSONParser().parse(Array(listed.body.utf8)).arrayValue)
            #expect(alerts.contains { $0[path: ["labels", "alertname"]] == "ModelDrift" && $0[path: ["labels", "model"]] == "fraud" })
        }
    }

    @Test func aProgramThatIsNotInstalledIsATypedErrorSayingWhatToInstall() async throws {
        let missing = MonitoringProgram(name: "Prometheus", commands: ["prometheus-not-installed-here"], package: "prometheus")
        do {
            let server = try await PrometheusServer.start(discoveryURL: "http://127.0.0.1:1/sd", program: missing)
            await server.stop()
            Issue.record("a program that is not on PATH started")
        } catch {
            guard case .notInstalled(let program) = error else {
                Issue.record("expected notInstalled, got \(error)")
                return
            }
            #expect(program.commands == missing.commands)
            #expect(error.description.contains("apt-get install prometheus"), "\(error)")
        }
    }

    @Test(arguments: [
        (Duration.zero, nil, "shorter than the 1 ms"),
        (Duration.seconds(1), "127.0.0.1:9093", "the Alertmanager URL 127.0.0.1:9093 has no host and port"),
    ] as [(Duration, String?, String)])
    func aConfigurationPrometheusCannotTakeIsRefusedBeforeItStarts(interval: Duration, alertmanager: String?, message: String) async {
        do {
            let server = try await PrometheusServer.start(
                discoveryURL: "http://127.0.0.1:1/sd", scrapeInterval: interval, alertmanagerURL: alertmanager)
            await server.stop()
            Issue.record("started with a scrape interval of \(interval) and Alertmanager \(alertmanager ?? "none")")
        } catch {
            guard case .configuration = error else {
                Issue.record("expected a configuration error, got \(error)")
                return
            }
            #expect(error.description.contains(message), "\(error)")
        }
    }

    @Test func stoppingAServerEndsIt() async throws {
        let alertmanager = try await AlertmanagerServer.start()
        await alertmanager.stop()
        #expect((try? await HTTPExchange.send("\(alertmanager.url)/-/ready")) == nil, "still answering after stop")
    }
}
