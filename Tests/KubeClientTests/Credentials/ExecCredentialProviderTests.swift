import Foundation
import KubeClient
import Testing

/// Exec credential plugins run for real: small shell scripts in a temporary directory that
/// count their runs, record what they were given, and print an ExecCredential.
@Suite struct ExecCredentialProviderTests {
    let dir: ConfigFixtureDirectory
    let clock = DateClock()
    static let v1 = "client.authentication.k8s.io/v1"
    static let v1beta1 = "client.authentication.k8s.io/v1beta1"

    init() throws {
        dir = try ConfigFixtureDirectory()
    }

    /// A plugin that records its run and prints `response.json`, after `before` (shell).
    @discardableResult
    private func plugin(_ name: String = "plugin", before: String = "") throws -> String {
        try dir.write(
            name,
            """
            #!/bin/sh
            \(before)
            echo run >> '\(dir.file("runs"))'
            cat '\(dir.file("response.json"))'
            """,
            executable: true)
    }

    private func respond(
        token: String? = "tok", apiVersion: String = v1, expiration: Date? = nil,
        certificate: String? = nil, key: String? = nil
    ) throws {
        var status: [String: String] = [:]
        status["token"] = token
        status["clientCertificateData"] = certificate
        status["clientKeyData"] = key
        status["expirationTimestamp"] = expiration.map { ISO8601DateFormatter().string(from: $0) }
        let response: [String: Any] = ["apiVersion": apiVersion, "kind": "ExecCredential", "status": status]
        try dir.write("response.json", String(decoding: try JSONSerialization.data(withJSONObject: response), as: UTF8.self))
    }

    private var runs: Int {
        ((try? dir.read("runs")) ?? "").split(separator: "\n").count
    }

    private func provider(
        _ config: ExecConfig, timeout: Duration = .seconds(20), cluster: ClientConfiguration? = nil
    ) -> ExecCredentialProvider {
        let clock = clock
        return ExecCredentialProvider(
            config: config, cluster: cluster ?? ClientConfiguration(server: URL(string: "https://kube.example.com:6443")!),
            timeout: timeout, environment: ["PATH": "/usr/bin:/bin", "BATON_TEST_BASE": "from-base"]
        ) { clock.now }
    }

    private func config(
        _ command: String? = nil, apiVersion: String = v1, args: [String] = [], env: [String: String] = [:],
        provideClusterInfo: Bool = false, interactiveMode: String = "Never", installHint: String? = nil
    ) -> ExecConfig {
        ExecConfig(
            command: command ?? dir.file("plugin"), args: args, env: env, apiVersion: apiVersion,
            interactiveMode: interactiveMode, provideClusterInfo: provideClusterInfo, installHint: installHint)
    }

    // MARK: - Credentials

    @Test func tokenIsSentAsBearerAndCached() async throws {
        try plugin()
        try respond(token: "abc")
        let provider = provider(config())
        #expect(try await provider.credentials() == RequestCredentials(authorization: "Bearer abc"))
        #expect(try await provider.credentials().authorization == "Bearer abc")
        // No expiry: the token is used until the server rejects it.
        clock.advance(by: 86_400)
        #expect(try await provider.credentials().authorization == "Bearer abc")
        #expect(runs == 1)

        try respond(token: "renewed")
        await provider.invalidate()
        #expect(try await provider.credentials().authorization == "Bearer renewed")
        #expect(runs == 2)
    }

    @Test func v1beta1IsAccepted() async throws {
        try plugin()
        try respond(token: "beta", apiVersion: Self.v1beta1)
        let provider = provider(config(apiVersion: Self.v1beta1, interactiveMode: "IfAvailable"))
        #expect(try await provider.credentials().authorization == "Bearer beta")
    }

    @Test func expiringTokenIsFetchedAgain() async throws {
        try plugin()
        try respond(token: "one", expiration: clock.now.addingTimeInterval(60))
        let provider = provider(config())
        #expect(try await provider.credentials().authorization == "Bearer one")
        clock.advance(by: 59)
        #expect(try await provider.credentials().authorization == "Bearer one")
        #expect(runs == 1)

        try respond(token: "two", expiration: clock.now.addingTimeInterval(3600))
        clock.advance(by: 2)
        #expect(try await provider.credentials().authorization == "Bearer two")
        #expect(runs == 2)
    }

    @Test func clientCertificate() async throws {
        try plugin()
        try respond(token: nil, certificate: PEMFixture.clientCertificate, key: PEMFixture.clientKey)
        let credentials = try await provider(config()).credentials()
        #expect(credentials.authorization == nil)
        #expect(credentials.clientCertificatePEM == Data(PEMFixture.clientCertificate.utf8))
        #expect(credentials.clientKeyPEM == Data(PEMFixture.clientKey.utf8))
    }

    @Test func execInfoArgumentsAndEnvironmentReachThePlugin() async throws {
        try plugin(
            before: """
                printf '%s' "$KUBERNETES_EXEC_INFO" > '\(dir.file("info.json"))'
                printf '%s|%s|%s' "$REGION" "$BATON_TEST_BASE" "$*" > '\(dir.file("seen"))'
                """)
        try respond()
        var cluster = ClientConfiguration(server: URL(string: "https://kube.example.com:6443/prefix")!)
        cluster.tls = TLSSettings(
            certificateAuthorityPEM: Data(PEMFixture.certificateAuthority.utf8), serverName: "kubernetes.default")
        cluster.proxyURL = "http://proxy.example.com:3128"
        let provider = provider(
            config(args: ["get-token", "--cluster", "prod"], env: ["REGION": "eu-west-1"], provideClusterInfo: true),
            cluster: cluster)
        _ = try await provider.credentials()

        #expect(try dir.read("seen") == "eu-west-1|from-base|get-token --cluster prod")
        let info = try #require(
            try JSONSerialization.jsonObject(with: Data(dir.read("info.json").utf8)) as? [String: Any])
        #expect(info["apiVersion"] as? String == Self.v1)
        #expect(info["kind"] as? String == "ExecCredential")
        let spec = try #require(info["spec"] as? [String: Any])
        #expect(spec["interactive"] as? Bool == false)
        let clusterInfo = try #require(spec["cluster"] as? [String: Any])
        #expect(clusterInfo["server"] as? String == "https://kube.example.com:6443/prefix")
        #expect(clusterInfo["certificate-authority-data"] as? String == PEMFixture.base64(PEMFixture.certificateAuthority))
        #expect(clusterInfo["tls-server-name"] as? String == "kubernetes.default")
        #expect(clusterInfo["proxy-url"] as? String == "http://proxy.example.com:3128")
        // Go's omitempty: false is left out.
        #expect(clusterInfo["insecure-skip-tls-verify"] == nil)
    }

    @Test func clusterInfoOnlyWhenAskedFor() async throws {
        try plugin(before: "printf '%s' \"$KUBERNETES_EXEC_INFO\" > '\(dir.file("info.json"))'")
        try respond()
        _ = try await provider(config()).credentials()
        #expect(try dir.read("info.json") == #"{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","spec":{"interactive":false}}"#)
    }

    @Test func concurrentCallersShareOneRun() async throws {
        try plugin(before: "sleep 0.5")
        try respond(token: "shared")
        let provider = provider(config())
        let tokens = try await withThrowingTaskGroup(of: String?.self) { group in
            for _ in 0..<20 {
                group.addTask { try await provider.credentials().authorization }
            }
            return try await group.reduce(into: [String?]()) { $0.append($1) }
        }
        #expect(tokens.count == 20)
        #expect(Set(tokens) == ["Bearer shared"])
        #expect(runs == 1)
    }

    // MARK: - Failures

    @Test func failingPluginReportsExitCodeAndStderr() async throws {
        try dir.write(
            "plugin", "#!/bin/sh\necho 'error: profile \"prod\" not found' >&2\necho '   ' >&2\nexit 3\n", executable: true)
        let command = dir.file("plugin")
        let error = await #expect(throws: CredentialError.self) { try await provider(config()).credentials() }
        #expect(error == .execFailed(command: command, exitCode: 3, stderr: "error: profile \"prod\" not found"))
        #expect(error?.description == "exec credential plugin \"\(command)\" failed with exit code 3; "
            + "stderr: error: profile \"prod\" not found")
    }

    @Test func stderrIsBounded() async throws {
        try dir.write(
            "plugin", "#!/bin/sh\ni=0\nwhile [ $i -lt 2000 ]; do echo \"line $i of noise\" >&2; i=$((i+1)); done\nexit 1\n",
            executable: true)
        let error = await #expect(throws: CredentialError.self) { try await provider(config()).credentials() }
        guard case let .execFailed(_, _, stderr) = error else {
            Issue.record("expected execFailed, got \(String(describing: error))")
            return
        }
        #expect(stderr.utf8.count <= 4096 + 3)
        #expect(stderr.hasPrefix("…"))
        #expect(stderr.hasSuffix("line 1999 of noise"))
    }

    @Test func pluginKilledBySignal() async throws {
        try dir.write("plugin", "#!/bin/sh\nkill -9 $$\n", executable: true)
        let error = await #expect(throws: CredentialError.self) { try await provider(config()).credentials() }
        #expect(error == .execKilled(command: dir.file("plugin"), signal: 9, stderr: ""))
    }

    @Test func missingCommandShowsInstallHint() async throws {
        let hint = "Install the plugin: https://example.com/get-token"
        let error = await #expect(throws: CredentialError.self) {
            try await provider(config("baton-test-no-such-plugin", installHint: hint)).credentials()
        }
        #expect(error == .execNotFound(command: "baton-test-no-such-plugin", installHint: hint))
        #expect(error?.description.hasPrefix("exec credential plugin: executable \"baton-test-no-such-plugin\" not found") == true)
        #expect(error?.description.hasSuffix("\n\n\(hint)") == true)
    }

    @Test func pluginThatIsNotExecutableIsNotFound() async throws {
        try dir.write("plugin", "#!/bin/sh\necho hi\n")
        let error = await #expect(throws: CredentialError.self) { try await provider(config()).credentials() }
        #expect(error == .execNotFound(command: dir.file("plugin"), installHint: nil))
    }

    @Test func hangingPluginIsKilledAtTheTimeout() async throws {
        // The sleep is a child of the script: killing only the script would leave the pipes open
        // and the call would wait out the whole sleep. The sleep is long so that the bound below
        // tells "killed" from "waited out" even on a heavily loaded machine.
        try dir.write("plugin", "#!/bin/sh\necho 'waiting for browser login' >&2\nsleep 600\necho never\n", executable: true)
        let started = ContinuousClock.now
        let error = await #expect(throws: CredentialError.self) {
            try await provider(config(), timeout: .milliseconds(500)).credentials()
        }
        let elapsed = ContinuousClock.now - started
        #expect(error == .execTimedOut(command: dir.file("plugin"), seconds: 0.5, stderr: "waiting for browser login"))
        #expect(elapsed < .seconds(120))
        #expect(error?.description.contains("did not finish within 0.5s and was killed") == true)
    }

    @Test func interactiveModeAlwaysIsRefusedWithoutRunning() async throws {
        try plugin()
        try respond()
        let error = await #expect(throws: CredentialError.self) {
            try await provider(config(interactiveMode: "Always")).credentials()
        }
        guard case let .execUnsupported(_, problem) = error else {
            Issue.record("expected execUnsupported, got \(String(describing: error))")
            return
        }
        #expect(problem.hasPrefix("interactiveMode is Always"))
        #expect(runs == 0)
    }

    @Test func wrongAPIVersion() async throws {
        try plugin()
        try respond(apiVersion: Self.v1beta1)
        let error = await #expect(throws: CredentialError.self) { try await provider(config()).credentials() }
        #expect(error == .execInvalidOutput(
            command: dir.file("plugin"),
            problem: "the kubeconfig's exec.apiVersion is client.authentication.k8s.io/v1, but the plugin returned "
                + "client.authentication.k8s.io/v1beta1; set exec.apiVersion to the version the plugin speaks"))
    }

    @Test(arguments: [
        ("not json", "standard output (8 bytes) is not valid JSON"),
        ("", "it printed nothing on standard output"),
        ("[1, 2]", "standard output is not a JSON object"),
        (#"{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential"}"#, "it has no status"),
        (#"{"apiVersion":"client.authentication.k8s.io/v1","kind":"Secret","status":{"token":"t"}}"#,
         "kind is \"Secret\", expected \"ExecCredential\""),
        (#"{"kind":"ExecCredential","status":{"token":"t"}}"#, "apiVersion is missing; expected client.authentication.k8s.io/v1"),
        (#"{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{}}"#,
         "status has neither a token nor clientCertificateData and clientKeyData"),
        (#"{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"clientCertificateData":"pem"}}"#,
         "status has clientCertificateData without clientKeyData"),
        (#"{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":42}}"#,
         "status.token has the wrong type"),
        (#"{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"t","expirationTimestamp":"tomorrow"}}"#,
         "status.expirationTimestamp \"tomorrow\" is not an RFC 3339 time such as 2030-01-02T15:04:05Z"),
    ])
    func malformedOutput(output: String, problem: String) async throws {
        try dir.write("response.json", output)
        try plugin()
        let error = await #expect(throws: CredentialError.self) { try await provider(config()).credentials() }
        #expect(error == .execInvalidOutput(command: dir.file("plugin"), problem: problem))
    }

    @Test func fractionalSecondsInTheExpiry() async throws {
        try plugin()
        let expiry = ISO8601DateFormatter.string(
            from: clock.now.addingTimeInterval(30), timeZone: .gmt, formatOptions: [.withInternetDateTime, .withFractionalSeconds])
        try dir.write(
            "response.json",
            #"{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"t","expirationTimestamp":"\#(expiry)"}}"#)
        let provider = provider(config())
        _ = try await provider.credentials()
        clock.advance(by: 31)
        _ = try await provider.credentials()
        #expect(runs == 2)
    }

    @Test func aFailedRunIsRetriedOnTheNextCall() async throws {
        try plugin()
        let provider = provider(config())
        await #expect(throws: CredentialError.self) { try await provider.credentials() }
        try respond(token: "recovered")
        #expect(try await provider.credentials().authorization == "Bearer recovered")
        #expect(runs == 2)
    }
}
