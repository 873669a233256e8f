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
