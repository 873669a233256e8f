import Foundation
import Subprocess
import Testing
import TestSupport

/// The real `baton dev` binary (built with the tests): it announces its URL and kubeconfig,
/// serves kubectl with the token it wrote, refuses any other token, and exits cleanly on
/// SIGTERM.
@Suite struct BatonDevCommandTests {
    @Test func batonDevServesKubectlAndStopsOnSIGTERM() async throws {
        try await withTemporaryDirectory { directory in
            let stateDirectory = directory.appendingPathComponent("state")
            let kubeconfig = stateDirectory.appendingPathComponent("kubeconfig").path
            let baton = try await BatonBinary.start(["dev", "--port", "0", "--kubeconfig", kubeconfig], timeout: .seconds(120))

            let announcement = await baton.line { $0.hasPrefix("baton dev cluster at ") }
            let pattern = try Regex(#"baton dev cluster at https://127\.0\.0\.1:[0-9]+ — use it with: export KUBECONFIG="#)
            #expect(
                announcement?.prefixMatch(of: pattern) != nil && announcement?.hasSuffix("KUBECONFIG=\(kubeconfig)") == true,
                "stdout: \(baton.output)")
            try #require(announcement != nil)

            let permissions = try FileManager.default.attributesOfItem(atPath: kubeconfig)[.posixPermissions] as? Int
            #expect(permissions == 0o600, "the kubeconfig holds the token: \(String(permissions ?? 0, radix: 8))")
            let directoryPermissions = try FileManager.default.attributesOfItem(atPath: stateDirectory.path)[.posixPermissions] as? Int
            #expect(directoryPermissions == 0o700, "created for the user only: \(String(directoryPermissions ?? 0, radix: 8))")

            let kubectl = Kubectl(kubeconfig: kubeconfig, home: directory)
            let namespaces = try await kubectl.names(["namespaces"])
            #expect(namespaces.contains("namespace/default"), "\(namespaces)")

            let wrongToken = directory.appendingPathComponent("wrong-token")
            let config = try String(contentsOfFile: kubeconfig, encoding: .utf8)
            let token = try #require(config.firstMatch(of: try Regex(#"token: (\S+)"#))?.output[1].substring)
            try config.replacingOccurrences(of: String(token), with: "not-\(token)").write(to: wrongToken, atomically: true, encoding: .utf8)
            let refused = try await Kubectl(kubeconfig: wrongToken.path, home: directory).run(["get", "namespaces"])
            #expect(!refused.succeeded)
            #expect(refused.stderr.contains("error: You must be logged in to the server (Unauthorized)"), "\(refused.stderr)")

            kill(baton.processIdentifier, SIGTERM)
            // Promptly: a process still there after 10 s is killed, and fails the test below.
            let pid = baton.processIdentifier
            let guardTask = Task.detached {
                try await Task.sleep(for: .seconds(10))
                kill(pid, SIGKILL)
            }
            let exit = try #require(await baton.exit(), "no exit status reported")
            guardTask.cancel()
            #expect(exit == .exited(0), "\(exit), stderr: \(baton.errorOutput)")
        }
    }

    @Test func itRunsPrometheusAndAlertmanagerUntilItStops() async throws {
        var urls: [String] = []
        try await withBatonDev(["--prometheus", "auto", "--no-operator"]) { _, baton, _ in
            for program in ["alertmanager", "prometheus"] {
                let line = baton.output.split(separator: "\n").first { $0.hasPrefix("\(program) at http://127.0.0.1:") }
                let url = try #require(line.map { String($0.dropFirst("\(program) at ".count)) }, "stdout: \(baton.output)")
                #expect(try await HTTPExchange.send("\(url)/-/ready").status == 200)
                urls.append(url)
            }
        }
        for url in urls {
            #expect((try? await HTTPExchange.send("\(url)/-/ready")) == nil, "\(url) still answers after baton dev stopped")
        }
    }

    @Test func withoutSimulationThereIsNoPrometheus() async throws {
        try await withBatonDev(["--prometheus", "auto", "--no-simulation", "--no-operator"]) { _, baton, _ in
            #expect(!baton.output.contains("prometheus at"), "stdout: \(baton.output)")
        }
    }

    @Test func aPortOutOfRangeIsAUsageError() async throws {
        let baton = try await BatonBinary.start(["dev", "--port", "70000", "--kubeconfig", "/nonexistent/kubeconfig"])
        let exit = await baton.exit()
        #expect(exit == .exited(64), "usage error, stderr: \(baton.errorOutput)")
        #expect(baton.errorOutput.contains("--port must be between 0 and 65535"), "\(baton.errorOutput)")
    }

    @Test func aKubeconfigItDidNotWriteIsKept() async throws {
        try await withTemporaryDirectory { directory in
            let kubeconfig = directory.appendingPathComponent("config").path
            try Self.foreignKubeconfig.write(toFile: kubeconfig, atomically: true, encoding: .utf8)
            let baton = try await BatonBinary.start(["dev", "--port", "0", "--kubeconfig", kubeconfig])
            let exit = await baton.exit()
            #expect(exit == .exited(1), "stderr: \(baton.errorOutput)")
            #expect(baton.errorOutput.contains("\(kubeconfig) is not a kubeconfig written by baton dev"), "\(baton.errorOutput)")
            #expect(baton.errorOutput.contains("--force") && baton.errorOutput.contains("--kubeconfig PATH"), "\(baton.errorOutput)")
            let kept = try String(contentsOfFile: kubeconfig, encoding: .utf8)
            #expect(kept == Self.foreignKubeconfig)
        }
    }

    /// `--force` replaces someone else's kubeconfig; the file it wrote is then its own, and a
    /// second run replaces it without `--force`.
    @Test func forceReplacesAKubeconfigAndItsOwnIsReplacedWithout() async throws {
        try await withTemporaryDirectory { directory in
            let kubeconfig = directory.appendingPathComponent("config").path
            try Self.foreignKubeconfig.write(toFile: kubeconfig, atomically: true, encoding: .utf8)
            var tokens: [String] = []
            for arguments in [["--force"], []] {
                let baton = try await BatonBinary.start(["dev", "--port", "0", "--no-operator", "--kubeconfig", kubeconfig] + arguments)
                let announcement = await baton.line { $0.hasPrefix("baton dev cluster at ") }
                #expect(announcement != nil, "\(arguments): \(baton.errorOutput)")
                await baton.stop()
                let written = try String(contentsOfFile: kubeconfig, encoding: .utf8)
                #expect(written.contains("current-context: baton-dev"), "\(arguments): \(written)")
                let token = written.firstMatch(of: try Regex(#"token: (\S+)"#))?.output[1].substring
                tokens.append(token.map(String.init) ?? "")
                let permissions = try FileManager.default.attributesOfItem(atPath: kubeconfig)[.posixPermissions] as? Int
                #expect(permissions == 0o600, "\(arguments): \(String(permissions ?? 0, radix: 8))")
            }
            #expect(tokens.count == 2 && tokens[0] != tokens[1], "each run writes its own token")
        }
    }

    /// A kubeconfig for another cluster, as a user might have at the path given.
    static let foreignKubeconfig = """
        apiVersion: v1
        kind: Config
        clusters:
        - name: production
          cluster: {server: "https://203.0.113.10:6443"}
        users:
        - name: admin
          user: {token: keep-me}
        contexts:
        - name: production
          context: {cluster: production, user: admin}
        current-context: production

        """
}
