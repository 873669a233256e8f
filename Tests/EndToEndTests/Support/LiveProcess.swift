import Foundation
import Synchronization

/// A process the test talks to while it runs (`kubectl get -w`, `baton dev`): its stdout
/// arrives line by line, and a watchdog terminates it after `timeout`, so a test waiting for a
/// line that never comes fails instead of hanging.
final class LiveProcess: Sendable {
    private let process: Process
    private let lines: AsyncStream<String>
    private let transcript = Mutex<[String]>([])
    private let errors = Mutex(Data())
    private let watchdog: Task<Void, any Error>
    private let readers = DispatchGroup()

    init(_ process: Process, timeout: Duration) throws {
        let stdout = Pipe.closedOnExec()
        let stderr = Pipe.closedOnExec()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = FileHandle.nullDevice
        try process.run()
        self.process = process
        let (lines, continuation) = AsyncStream.makeStream(of: String.self)
        self.lines = lines
        watchdog = Task.detached {
            try await Task.sleep(for: timeout)
            if process.isRunning { process.terminate() }
        }
        // Blocking reads run on threads of their own (see `onOwnThread`).
        readers.enter()
        readers.enter()
        Thread.detachNewThread { [self] in
            defer { readers.leave() }
            var pending = Data()
            while case let data = stdout.fileHandleForReading.availableData, !data.isEmpty {
                pending.append(data)
                while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                    let line = String(decoding: pending[..<newline], as: UTF8.self)
                    pending = Data(pending[(newline + 1)...])
                    transcript.withLock { $0.append(line) }
                    continuation.yield(line)
                }
            }
            if !pending.isEmpty {
                let line = String(decoding: pending, as: UTF8.self)
                transcript.withLock { $0.append(line) }
                continuation.yield(line)
            }
            continuation.finish()
        }
        Thread.detachNewThread { [self] in
            defer { readers.leave() }
            let data = stderr.fileHandleForReading.readDataToEndOfFile()
            errors.withLock { $0 = data }
        }
    }

    /// Reads on to the first line satisfying `predicate`; nil when the output ends first.
    func line(where predicate: (String) -> Bool) async -> String? {
        for await line in lines where predicate(line) { return line }
        return nil
    }

    /// Every stdout line so far, for failure messages.
    var output: String { transcript.withLock { $0.joined(separator: "\n") } }

    /// Stderr, complete once `exit()` has returned.
    var errorOutput: String { errors.withLock { String(decoding: $0, as: UTF8.self) } }

    var processIdentifier: Int32 { process.processIdentifier }

    func terminate() {
        if process.isRunning { process.terminate() }
    }

    /// Waits for the process to end and its output to be read (the watchdog bounds the wait);
    /// nil when the pipes closed but Foundation did not report the exit within 10 s.
    ///
    /// Not `waitUntilExit`: on Linux it spins a core while it waits, starving the processes
    /// under test. The pipes reach end-of-file when the process is gone (no other child holds
    /// them: see `Pipe.closedOnExec`).
    func exit() async -> (reason: Process.TerminationReason, status: Int32)? {
        await onOwnThread { [readers] in readers.wait() }
        let deadline = ContinuousClock.now + .seconds(10)
        while process.isRunning, ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(20))
        }
        return process.isRunning ? nil : (process.terminationReason, process.terminationStatus)
    }

    /// SIGTERM, then the wait for the exit.
    func stop() async {
        terminate()
        _ = await exit()
    }

    deinit {
        watchdog.cancel()
        if process.isRunning { process.terminate() }
    }
}

extension Pipe {
    /// A pipe whose two ends no child process inherits (FD_CLOEXEC), except as the stdin,
    /// stdout or stderr it is handed. Foundation's Process on Linux lets every child inherit
    /// every open descriptor: a `baton dev` started by one test while another test's process
    /// ran would hold that process's pipes open, so neither ever saw end-of-file.
    static func closedOnExec() -> Pipe {
        let pipe = Pipe()
        for descriptor in [pipe.fileHandleForReading.fileDescriptor, pipe.fileHandleForWriting.fileDescriptor] {
            _ = fcntl(descriptor, F_SETFD, fcntl(descriptor, F_GETFD) | FD_CLOEXEC)
        }
        return pipe
    }
}
