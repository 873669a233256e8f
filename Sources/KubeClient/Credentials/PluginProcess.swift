import Foundation
import Subprocess

/// Runs one credential-plugin process to completion with swift-subprocess: the executable
/// itself (no shell), looked up as kubectl does, standard input closed (Baton never gives a
/// plugin a terminal), standard output and error read with bounds, and a deadline after which
/// the plugin's whole process group is killed.
///
/// Why the group: a plugin that is a script runs its real work in child processes. Subprocess
/// stops reading once the plugin itself has exited, even if a grandchild still holds the pipes
/// open, but the grandchild would live on; so the plugin gets a process group of its own and
/// the deadline kills all of it.
enum PluginProcess {
    enum Termination: Equatable {
        case exited(Int32)
        case signaled(Int32)
        /// Still running at the deadline, so killed.
        case timedOut
    }

    struct Outcome {
        var termination: Termination
        var stdout: Data
        /// Standard output was longer than `stdoutLimit` and was cut.
        var stdoutOverflowed: Bool
        /// The last `stderrLimit` bytes of standard error.
        var stderr: Data
        var stderrOverflowed: Bool
    }

    /// Why the plugin could not be started.
    enum LaunchFailure: Error {
        /// No executable file at the path given, or of that name on `PATH`.
        case notFound
        case failed(String)
    }

    /// An ExecCredential is a few kilobytes even with a certificate chain.
    static let stdoutLimit = 1 << 20
    static let stderrLimit = 4 << 10

    /// Runs the plugin; throws only a `LaunchFailure`, when it cannot be started.
    ///
    /// - Parameters:
    ///   - command: a path if it contains a slash; else a name looked up in the absolute
    ///     directories of `environment["PATH"]`, skipping files that are not executable. As in
    ///     kubectl (Go's `exec.LookPath`), relative and empty entries are not searched, so a
    ///     plugin in the working directory is not run by accident.
    ///   - environment: the plugin's whole environment.
    static func run(
        command: String, arguments: [String], environment: [String: String], timeout: Duration
    ) async throws(LaunchFailure) -> Outcome {
        let executable: Executable = command.contains("/") ? .path(.init(command)) : .name(command)
        var options = PlatformOptions()
        options.processGroupID = 0
        // What Subprocess does when the task running the plugin is cancelled, as the deadline does.
        options.teardownSequence = [.send(signal: .kill, toProcessGroup: true, allowedDurationToNextStep: .seconds(5))]
        let configuration = Configuration(
            executable: executable, arguments: Arguments(arguments),
            environment: .custom(Dictionary(uniqueKeysWithValues: environment.map { (Environment.Key(stringLiteral: $0.key), $0.value) })),
            platformOptions: options)

        let outcome: Outcome
        do {
            outcome = try await withThrowingTaskGroup(of: Event.self) { group in
                group.addTask { .finished(try await runToEnd(configuration)) }
                group.addTask {
                    do { try await Task.sleep(for: timeout) } catch { return .deadlineCancelled }
                    return .deadlinePassed
                }
                var deadlinePassed = false
                while let event = try await group.next() {
                    switch event {
                    case .deadlinePassed:
                        deadlinePassed = true
                        // Cancels the run, and with it the plugin: see `teardownSequence`.
                        group.cancelAll()
                    case .deadlineCancelled:
                        continue
                    case var .finished(outcome):
                        group.cancelAll()
                        // A plugin that exited by itself just as the deadline passed keeps its status.
                        if deadlinePassed, case .signaled = outcome.termination { outcome.termination = .timedOut }
                        return outcome
                    }
                }
                preconditionFailure("the run ends the group")
            }
        } catch let error as SubprocessError where error.code == .executableNotFound {
            throw .notFound
        } catch {
            throw .failed(String(describing: error))
        }
        return outcome
    }

    private enum Event: Sendable {
        case finished(Outcome)
        case deadlinePassed
        case deadlineCancelled
    }

    private static func runToEnd(_ configuration: Configuration) async throws -> Outcome {
        let result = try await Subprocess.run(configuration, input: .none, output: .sequence, error: .sequence) {
            execution in
            async let stdout = collect(execution.standardOutput, limit: stdoutLimit, keepTail: false)
            async let stderr = collect(execution.standardError, limit: stderrLimit, keepTail: true)
            return await (stdout, stderr)
        }
        let (stdout, stderr) = result.closureResult
        let termination: Termination =
            switch result.terminationStatus {
            case let .exited(code): .exited(code)
            case let .signaled(signal): .signaled(signal)
            }
        return Outcome(
            termination: termination, stdout: stdout.data, stdoutOverflowed: stdout.overflowed, stderr: stderr.data,
            stderrOverflowed: stderr.overflowed)
    }

    /// Reads a stream to its end, keeping at most `limit` bytes (the first or the last) but
    /// reading on, so that the plugin never blocks on a full pipe. A read error ends the stream.
    private static func collect(
        _ stream: SubprocessOutputSequence, limit: Int, keepTail: Bool
    ) async -> (data: Data, overflowed: Bool) {
        var data = Data()
        var overflowed = false
        do {
            for try await buffer in stream {
                data.append(Data(buffer: buffer))
                if data.count > limit {
                    overflowed = true
                    let excess = data.count - limit
                    if keepTail { data.removeFirst(excess) } else { data.removeLast(excess) }
                }
            }
        } catch {}
        return (data, overflowed)
    }
}
