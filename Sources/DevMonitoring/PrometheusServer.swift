import Foundation
import KubeCore
import Logging

/// Runs the real Prometheus for the dev cluster: it discovers the serving pods through the
/// cluster's HTTP service discovery, scrapes them every `scrapeInterval`, evaluates rules as
/// often, and sends alerts to an Alertmanager when given one.
public enum PrometheusServer {
    public static func start(
        discoveryURL: String, scrapeInterval: Duration = .seconds(1), alertmanagerURL: String? = nil,
        program: MonitoringProgram = .prometheus, timeout: Duration = .seconds(30),
        logger: Logger = Logger(label: "baton.prometheus")
    ) async throws(MonitoringError) -> MonitoringServer {
        let configuration = try configuration(
            discoveryURL: discoveryURL, scrapeInterval: scrapeInterval, alertmanagerURL: alertmanagerURL, program: program)
        return try await MonitoringServer.start(
            program, configuration: configuration,
            arguments: { configFile, directory in
                [
                    "--config.file=\(configFile)", "--storage.tsdb.path=\(directory)/data",
                    "--web.listen-address=\(MonitoringServer.host):0",
                    // Lets a caller make it read a changed configuration (POST /-/reload).
                    "--web.enable-lifecycle",
                ]
            }, timeout: timeout, logger: logger)
    }

    /// Refreshing the targets as often as scraping lets a new pod show within a few seconds.
    static func configuration(
        discoveryURL: String, scrapeInterval: Duration, alertmanagerURL: String?, program: MonitoringProgram
    ) throws(MonitoringError) -> String {
        let interval = try MonitoringServer.duration(program, scrapeInterval)
        var document: JSONValue = [
            "global": ["scrape_interval": .string(interval), "evaluation_interval": .string(interval)],
            "scrape_configs": [[
                "job_name": "baton-dev-models",
                "http_sd_configs": [["url": .string(discoveryURL), "refresh_interval": .string(interval)]],
            ]],
        ]
        if let alertmanagerURL {
            guard let url = URL(string: alertmanagerURL), let host = url.host, let port = url.port else {
                throw .configuration(program, reason: "the Alertmanager URL \(alertmanagerURL) has no host and port")
            }
            document["alerting"] = [
                "alertmanagers": [[
                    "scheme": .string(url.scheme ?? "http"), "static_configs": [["targets": [.string("\(host):\(port)")]]],
                ]]
            ]
        }
        return try MonitoringServer.yaml(program, document)
    }
}
