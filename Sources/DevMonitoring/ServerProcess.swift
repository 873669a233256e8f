import Foundation
import Logging
import Subprocess

/// A Prometheus-family server running as a child process, from its start until `stop`.
///
/// Subprocess runs a process for the length of a closure; here that closure runs in a task this
/// object owns and reads the program's log (standard error) to its end, which also keeps the
/// pipe from filling and stalling the program. Cancelling the task tears the process down:
/// SIGTERM, then SIGKILL if it has not exited after `stopTimeout`.
final class ServerProcess: Sendable {
    /// The port it listens on, from its log.
    let port: Int
    let log: LogTail
    private let run: Task<Void, Never>

    static let stopTimeout = Duration.seconds(5)

    private init(port: Int, log: LogTail, run: Task<Void, Never>) {
        self.port = port
        self.log = log
        self.run = run
    }

    /// Starts `executable` and returns once its log says which port it listens on.
    static func start(
        _ program: MonitoringProgram, executable: String, arguments: [String], timeout: Duration, logger: Logger
    ) async throws(MonitoringError) -> ServerProcess {
        var options = PlatformOptions()
        options.teardownSequence = [.gracefulShutDown(allowedDurationToNextStep: stopTimeout)]
        let configuration = Configuration(
            executable: .path(.init(executable)), arguments: Arguments(arguments), platformOptions: options)
        let log = LogTail()
        let (ports, found) = AsyncStream.makeStream(of: Int.self)
        let run = Task {
            defer { found.finish() }
            do {
                _ = try await Subprocess.run(configuration, input: .none, output: .discarded, error: .sequence) { execution in
                    for try await line in execution.standardError.strings() {
                        log.append(line)
                        logger.debug("\(line)", metadata: ["program": .string(program.name)])
                        if let port = listeningPort(in: line) { found.yield(port) }
                    }
                }
            } catch {
                log.append("\(error)")
            }
        }
        let watchdog = Task {
            guard (try? await Task.sleep(for: timeout)) != nil else { return false }
            run.cancel()
            return true
        }
        for await port in ports {
            watchdog.cancel()
            return ServerProcess(port: port, log: log, run: run)
        }
        watchdog.cancel()
        await run.value
        let reason = await watchdog.value ? "it did not say where it listens within \(timeout)" : "it exited"
        throw .failedToStart(program, reason: reason, log: log.text)
    }

    /// The port of a line like `… msg="Listening on" address=127.0.0.1:41237`, as Prometheus
    /// and Alertmanager log when their web listener is bound.
    static func listeningPort(in line: String) -> Int? {
        guard line.contains(#"msg="Listening on""#),
            let address = line.split(separator: " ").first(where: { $0.hasPrefix("address=") }),
            let port = address.split(separator: ":").last.flatMap({ Int($0) }), port > 0
        else { return nil }
        return port
    }

    /// SIGTERM, then SIGKILL after `stopTimeout`; returns once the process has been reaped.
    func stop() async {
        run.cancel()
        await run.value
    }

    deinit {
        run.cancel()
    }
}
