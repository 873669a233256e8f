import Foundation
import KubeCore
import Logging

/// A running Prometheus or Alertmanager on loopback, with its configuration and storage in a
/// private temporary directory that `stop` removes.
public final class MonitoringServer: Sendable {
    /// `http://127.0.0.1:<port>`.
    public let url: String
    private let process: ServerProcess
    private let directory: URL

    /// Loopback only: these are the dev cluster's, for this machine.
    static let host = "127.0.0.1"

    private init(url: String, process: ServerProcess, directory: URL) {
        self.url = url
        self.process = process
        self.directory = directory
    }

    /// Writes `configuration` to `config.yml` in a new private directory, starts the program
    /// with `arguments(configFile, directory)` and returns once it listens and `/-/ready`
    /// answers 200, or throws, with nothing left running, when it does not within `timeout`.
    static func start(
        _ program: MonitoringProgram, configuration: String, arguments: (_ configFile: String, _ directory: String) -> [String],
        timeout: Duration, logger: Logger
    ) async throws(MonitoringError) -> MonitoringServer {
        let executable = try await program.locate()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("baton-\(program.package)-\(UUID().uuidString)")
        let configFile = directory.appendingPathComponent("config.yml")
        do {
            try FileManager.default.createDirectory(
                at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            try configuration.write(to: configFile, atomically: true, encoding: .utf8)
        } catch {
            try? FileManager.default.removeItem(at: directory)
            throw .configuration(program, reason: "\(error)")
        }
        let process: ServerProcess
        do {
            process = try await ServerProcess.start(
                program, executable: executable, arguments: arguments(configFile.path, directory.path), timeout: timeout,
                logger: logger)
        } catch {
            try? FileManager.default.removeItem(at: directory)
            throw error
        }
        let server = MonitoringServer(url: "http://\(host):\(process.port)", process: process, directory: directory)
        guard await ReadinessCheck.wait(for: server.url, timeout: timeout) else {
            await server.stop()
            throw .failedToStart(program, reason: "\(server.url)/-/ready did not answer 200 within \(timeout)", log: process.log.text)
        }
        return server
    }

    /// SIGTERM, SIGKILL if it has not exited after a few seconds, and its directory removed.
    public func stop() async {
        await process.stop()
        try? FileManager.default.removeItem(at: directory)
    }

    /// A configuration as the YAML these programs read: JSON, which is YAML too and needs no
    /// quoting rules of its own.
    static func yaml(_ program: MonitoringProgram, _ document: JSONValue) throws(MonitoringError) -> String {
        do {
            return try document.jsonString(options: [.prettyPrinted, .sortedKeys])
        } catch {
            throw .configuration(program, reason: "\(error)")
        }
    }

    /// `1s`, `500ms`: Prometheus' duration syntax, to the millisecond.
    static func duration(_ program: MonitoringProgram, _ duration: Duration) throws(MonitoringError) -> String {
        let milliseconds = Int64((duration.timeInterval * 1000).rounded(.down))
        guard milliseconds > 0 else {
            throw .configuration(program, reason: "a duration of \(duration) is shorter than the 1 ms Prometheus counts in")
        }
        return milliseconds % 1000 == 0 ? "\(milliseconds / 1000)s" : "\(milliseconds)ms"
    }
}
