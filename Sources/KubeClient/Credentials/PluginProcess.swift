import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs one credential-plugin process to completion: the executable itself (no shell),
/// standard input closed, standard output and error captured with bounds, and a deadline
/// after which the plugin's whole process group is killed.
///
/// Why the group: Foundation starts the child in a process group of its own, and a plugin that
/// is a script runs its real work in child processes that hold the output pipes open. Killing
/// only the script would leave us waiting for a pipe that never closes.
///
/// The pipes are drained on two dedicated threads, not on the cooperative pool, because the
/// reads block for as long as the plugin runs.
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

    /// An ExecCredential is a few kilobytes even with a certificate chain.
    static let stdoutLimit = 1 << 20
    static let stderrLimit = 4 << 10

    /// The executable for `command`: a path if it contains a slash, else the first executable
    /// file of that name in the directories of `searchPath` (an empty entry is the working
    /// directory, as in a shell).
    static func locate(_ command: String, searchPath: String?) -> URL? {
        if command.contains("/") {
            return isExecutableFile(command) ? URL(fileURLWithPath: command) : nil
        }
        for directory in (searchPath ?? "").split(separator: ":", omittingEmptySubsequences: false) {
            let candidate = (directory.isEmpty ? "." : String(directory)) + "/" + command
            if isExecutableFile(candidate) { return URL(fileURLWithPath: candidate) }
        }
        return nil
    }

    private static func isExecutableFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
            && FileManager.default.isExecutableFile(atPath: path)
    }

    /// Runs the process; throws only when it cannot be started.
    static func run(
        executable: URL, arguments: [String], environment: [String: String], timeout: Duration
    ) async throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        let stdoutPipe = Pipe()
        let stderrPipe = Pipe()
        process.standardOutput = stdoutPipe
        process.standardError = stderrPipe
        let (exits, exitContinuation) = AsyncStream<Termination>.makeStream()
        process.terminationHandler = { process in
            exitContinuation.yield(
                process.terminationReason == .uncaughtSignal
                    ? .signaled(process.terminationStatus) : .exited(process.terminationStatus))
            exitContinuation.finish()
        }
        try process.run()

        let deadline = Deadline(processGroup: process.processIdentifier)
        let watchdog = Task {
            do { try await Task.sleep(for: timeout) } catch { return false }
            return deadline.expire()
        }
        async let stdout = drain(stdoutPipe.fileHandleForReading, limit: stdoutLimit, keepTail: false)
        async let stderr = drain(stderrPipe.fileHandleForReading, limit: stderrLimit, keepTail: true)
        var termination = Termination.exited(0)
        for await exit in exits { termination = exit }
        let (out, err) = await (stdout, stderr)
        deadline.finish()
        watchdog.cancel()
        if await watchdog.value { termination = .timedOut }
        try? stdoutPipe.fileHandleForReading.close()
        try? stderrPipe.fileHandleForReading.close()
        return Outcome(
            termination: termination, stdout: out.data, stdoutOverflowed: out.overflowed, stderr: err.data,
            stderrOverflowed: err.overflowed)
    }

    /// Reads a pipe to its end on a thread of its own, keeping at most `limit` bytes (the first
    /// or the last) but reading on, so that the writer never blocks on a full pipe.
    private static func drain(
        _ handle: FileHandle, limit: Int, keepTail: Bool
    ) async -> (data: Data, overflowed: Bool) {
        let fd = handle.fileDescriptor
        return await withCheckedContinuation { continuation in
            Thread.detachNewThread {
                var data = Data()
                var overflowed = false
                var buffer = [UInt8](repeating: 0, count: 16 << 10)
                while true {
                    let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                    if count == 0 { break }
                    if count < 0 {
                        if errno == EINTR { continue }
                        break
                    }
                    data.append(contentsOf: buffer[0..<count])
                    if data.count > limit {
                        overflowed = true
                        let excess = data.count - limit
                        if keepTail { data.removeFirst(excess) } else { data.removeLast(excess) }
                    }
                }
                continuation.resume(returning: (data, overflowed))
            }
        }
    }

    /// Kills the plugin's process group at the deadline unless the run has finished first; the
    /// lock keeps a late deadline from signalling a group whose id may have been reused.
    private final class Deadline: Sendable {
        private let processGroup: pid_t
        private let finished = Mutex(false)

        init(processGroup: pid_t) {
            self.processGroup = processGroup
        }

        /// Returns whether the plugin was still running and has been killed.
        func expire() -> Bool {
            finished.withLock { finished in
                guard !finished else { return false }
                kill(-processGroup, SIGKILL)
                // In case the plugin moved itself to another group.
                kill(processGroup, SIGKILL)
                return true
            }
        }

        func finish() {
            finished.withLock { $0 = true }
        }
    }
}
