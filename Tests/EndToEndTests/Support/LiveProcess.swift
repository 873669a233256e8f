import Foundation
import Subprocess
import Synchronization

/// A process the test talks to while it runs (`kubectl get -w`, `baton dev`): its stdout
/// arrives line by line, and a watchdog stops it after `timeout`, so a test waiting for a line
/// that never comes fails instead of hanging.
///
/// Subprocess runs a process for the length of a closure. Here that closure runs in a task the
/// `LiveProcess` owns, reading the output until the process ends; the test signals the process
/// by its id (which stays its own until the closure has returned, as Subprocess reaps the
/// process only then), and cancelling the task tears the process down: SIGTERM, then SIGKILL
/// 10 s later.
final class LiveProcess: Sendable {
    let processIdentifier: pid_t
    private let lines: AsyncStream<String>
    private let captured: Captured
    private let run: Task<TerminationStatus?, Never>
    private let watchdog: Task<Void, Never>

    private init(
        processIdentifier: pid_t, lines: AsyncStream<String>, captured: Captured, run: Task<TerminationStatus?, Never>,
        timeout: Duration
    ) {
        self.processIdentifier = processIdentifier
        self.lines = lines
        self.captured = captured
        self.run = run
        watchdog = Task {
            guard (try? await Task.sleep(for: timeout)) != nil else { return }
            run.cancel()
        }
    }

    /// Starts the process; returns once it runs, and throws when it cannot be started.
    static func start(_ configuration: Configuration, timeout: Duration) async throws -> LiveProcess {
        var configuration = configuration
        configuration.platformOptions.teardownSequence = [.gracefulShutDown(allowedDurationToNextStep: .seconds(10))]
        let captured = Captured()
        let (lines, linesContinuation) = AsyncStream.makeStream(of: String.self)
        let (started, startedContinuation) = AsyncStream.makeStream(of: pid_t.self)
        let run = Task { () -> TerminationStatus? in
            defer {
                linesContinuation.finish()
                startedContinuation.finish()
            }
            do {
                let result = try await Subprocess.run(
                    configuration, input: .none, output: .sequence, error: .sequence
                ) { execution in
                    startedContinuation.yield(execution.processIdentifier.value)
                    async let errors: Void = {
                        for try await chunk in execution.standardError { captured.appendError(Data(buffer: chunk)) }
                    }()
                    for try await line in execution.standardOutput.strings() {
                        captured.appendLine(line)
                        linesContinuation.yield(line)
                    }
                    try await errors
                }
                captured.end()
                return result.terminationStatus
            } catch {
                captured.end()
                captured.failure(error)
                return nil
            }
        }
        for await processIdentifier in started {
            return LiveProcess(
                processIdentifier: processIdentifier, lines: lines, captured: captured, run: run, timeout: timeout)
        }
        throw StartFailed(description: captured.errorOutput)
    }

    /// Reads on to the first line satisfying `predicate`; nil when the output ends first.
    func line(where predicate: (String) -> Bool) async -> String? {
        for await line in lines where predicate(line) { return line }
        return nil
    }

    /// Every stdout line so far, for failure messages.
    var output: String { captured.output }

    /// Stderr, complete once `exit()` has returned.
    var errorOutput: String { captured.errorOutput }

    /// SIGTERM, unless the process has ended (its id may be another process's by now).
    func terminate() {
        if !captured.ended { kill(processIdentifier, SIGTERM) }
    }

    /// Waits for the process to end (the watchdog bounds the wait) and its output to be read;
    /// nil when reading its output failed.
    func exit() async -> TerminationStatus? {
        await run.value
    }

    /// SIGTERM, then the wait for the exit.
    func stop() async {
        terminate()
        _ = await exit()
    }

    deinit {
        watchdog.cancel()
        run.cancel()
    }

    struct StartFailed: Error, CustomStringConvertible {
        var description: String
    }

    /// What the process printed, shared between the task reading it and the test.
    private final class Captured: Sendable {
        private let transcript = Mutex<[String]>([])
        private let errors = Mutex(Data())
        private let hasEnded = Mutex(false)

        func appendLine(_ line: String) { transcript.withLock { $0.append(line) } }
        func appendError(_ data: Data) { errors.withLock { $0.append(data) } }
        func failure(_ error: any Error) { appendError(Data("\n\(error)".utf8)) }

        func end() { hasEnded.withLock { $0 = true } }
        var ended: Bool { hasEnded.withLock { $0 } }

        var output: String { transcript.withLock { $0.joined(separator: "\n") } }
        var errorOutput: String { errors.withLock { String(decoding: $0, as: UTF8.self) } }
    }
}
