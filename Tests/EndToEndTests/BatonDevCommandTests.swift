import Foundation
import Subprocess
import Testing

/// The real `baton dev` binary (built with the tests): it announces its URL and kubeconfig,
/// serves kubectl with the token it wrote, refuses any other token, and exits cleanly on
/// SIGTERM.
@Suite struct BatonDevCommandTests {
    @Test func batonDevServesKubectlAndStopsOnSIGTERM() async throws {
        try await withTemporaryDirectory { directory in
            let kubeconfig = directory.appendingPathComponent("kubeconfig").path
            let baton = try await BatonBinary.start(["dev", "--port", "0", "--kubeconfig", kubeconfig], timeout: .seconds(120))

            let announcement = await baton.line { $0.hasPrefix("baton dev cluster at ") }
            let pattern = try Regex(#"baton dev cluster at https://127\.0\.0\.1:[0-9]+ — use it with: export KUBECONFIG="#)
            #expect(
                announcement?.prefixMatch(of: pattern) != nil && announcement?.hasSuffix("KUBECONFIG=\(kubeconfig)") == true,
                "stdout: \(baton.output)")
            try #require(announcement != nil)

            let permissions = try FileManager.default.attributesOfItem(atPath: kubeconfig)[.posixPermissions] as? Int
            #expect(permissions == 0o600, "the kubeconfig holds the token: \(String(permissions ?? 0, radix: 8))")

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
}
