import Foundation
import Subprocess
import Testing

/// The real `baton` binary built with the tests, run as a user runs it.
enum BatonBinary {
    static var url: URL { PackageRoot.url.appendingPathComponent(".build/debug/baton") }

    static func start(_ arguments: [String], timeout: Duration = .seconds(300)) async throws -> LiveProcess {
        try await LiveProcess.start(
            Configuration(executable: .path(.init(url.path)), arguments: Arguments(arguments)), timeout: timeout)
    }
}

/// Runs `baton dev` (the cluster, the CRDs and, unless `arguments` say `--no-operator`, the
/// operator) with its own kubeconfig, waits for its announcement, and hands kubectl to `body`;
/// stops it with SIGTERM afterwards. Prometheus and Alertmanager are off unless `arguments`
/// ask for them: the tests run many of these at once, and few need them.
func withBatonDev(
    _ arguments: [String] = [], sourceLocation: SourceLocation = #_sourceLocation,
    _ body: (Kubectl, LiveProcess, URL) async throws -> Void
) async throws {
    try await withTemporaryDirectory { directory in
        let kubeconfig = directory.appendingPathComponent("kubeconfig").path
        let monitoring = arguments.contains("--prometheus") ? [] : ["--prometheus", "off"]
        let baton = try await BatonBinary.start(["dev", "--port", "0", "--kubeconfig", kubeconfig] + monitoring + arguments)
        let announcement = await baton.line { $0.hasPrefix("baton dev cluster at ") }
        try #require(announcement != nil, "baton dev did not come up: \(baton.errorOutput)", sourceLocation: sourceLocation)
        do {
            try await body(Kubectl(kubeconfig: kubeconfig, home: directory), baton, directory)
        } catch {
            await baton.stop()
            throw error
        }
        await baton.stop()
    }
}

extension LiveProcess {
    /// The URL `baton dev` announced for `program` (`prometheus at http://…`).
    func announcedURL(of program: String) throws -> String {
        let line = output.split(separator: "\n").first { $0.hasPrefix("\(program) at http://") }
        return try #require(line.map { String($0.dropFirst("\(program) at ".count)) }, "stdout: \(output)")
    }
}

/// `baton dev` (with the operator unless `arguments` say otherwise) and a kubectl that finds
/// the `baton` plugin (a `kubectl-baton` link) in a directory of its own.
func withBatonDevAndPlugin(_ arguments: [String] = [], _ body: (Kubectl) async throws -> Void) async throws {
    try await withBatonDev(arguments) { kubectl, _, directory in
        let plugins = directory.appendingPathComponent("plugins")
        try FileManager.default.createDirectory(at: plugins, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            at: plugins.appendingPathComponent("kubectl-baton"), withDestinationURL: BatonBinary.url)
        var kubectl = kubectl
        kubectl.pluginDirectory = plugins
        try await body(kubectl)
    }
}
