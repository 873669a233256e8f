import ArgumentParser
import DevCluster
import Foundation
import Logging
import UnixSignals

struct DevCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dev",
        abstract: "Run a local Kubernetes-compatible cluster (HTTPS, bearer token) with simulated workloads.",
        discussion: """
            Serves on 127.0.0.1 until interrupted (SIGINT or SIGTERM) and writes a kubeconfig for it. \
            Point kubectl at it with: export KUBECONFIG=<kubeconfig path>
            """)

    @Option(help: "Port to listen on; 0 picks a free one.")
    var port = 0

    @Option(help: "Where to write the kubeconfig (default: ~/.baton/dev/kubeconfig).")
    var kubeconfig: String?

    @Flag(help: "Do not run the operator inside the dev cluster (accepted ahead of the operator, which does not run in it yet).")
    var noOperator = false

    @Flag(help: "Serve the API only: no simulated Pods, Jobs or Deployments.")
    var noSimulation = false

    func run() async throws {
        var logger = Logger(label: "baton.dev")
        logger.logLevel = .warning
        let cluster = try await DevCluster.start(.init(port: port, simulation: !noSimulation, logger: logger))
        let path = kubeconfig ?? FileManager.default.homeDirectoryForCurrentUser
            .appendingPathComponent(".baton/dev/kubeconfig").path
        do {
            try Self.write(cluster.kubeconfig(), to: path)
        } catch {
            await cluster.stop()
            throw ValidationError("cannot write the kubeconfig to \(path): \(error.localizedDescription)")
        }
        // Written unbuffered, so a script waiting for this line sees it at once.
        FileHandle.standardOutput.write(Data("baton dev cluster at \(cluster.url) — use it with: export KUBECONFIG=\(path)\n".utf8))
        for await _ in await UnixSignalsSequence(trapping: .sigint, .sigterm) { break }
        await cluster.stop()
    }

    /// Written readable by the user only: it holds the cluster's token.
    private static func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url, options: .atomic)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
    }
}
