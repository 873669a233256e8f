import KubeCore
import Logging

/// Runs the real Alertmanager for the dev cluster: one route to a receiver that notifies no
/// one, so alerts can be sent and listed (`/api/v2/alerts`), grouped within a second.
public enum AlertmanagerServer {
    public static func start(
        program: MonitoringProgram = .alertmanager, timeout: Duration = .seconds(30),
        logger: Logger = Logger(label: "baton.alertmanager")
    ) async throws(MonitoringError) -> MonitoringServer {
        let configuration = try MonitoringServer.yaml(program, [
            "route": ["receiver": "default", "group_wait": "1s", "group_interval": "1s", "repeat_interval": "1h"],
            "receivers": [["name": "default"]],
        ])
        return try await MonitoringServer.start(
            program, configuration: configuration,
            arguments: { configFile, directory in
                [
                    "--config.file=\(configFile)", "--storage.path=\(directory)/data",
                    "--web.listen-address=\(MonitoringServer.host):0",
                    // Empty: no gossip clustering, which would otherwise listen on 0.0.0.0:9094.
                    "--cluster.listen-address=",
                ]
            }, timeout: timeout, logger: logger)
    }
}
