import Foundation
import Logging

/// Credentials from an exec credential plugin (`client.authentication.k8s.io/v1` or `v1beta1`),
/// as client-go runs them: the plugin gets this process's environment plus the configured
/// variables plus `KUBERNETES_EXEC_INFO`, and prints an `ExecCredential` whose token or client
/// certificate is cached until its `expirationTimestamp` (or, without one, until a 401 calls
/// `invalidate()`).
///
/// Concurrent callers share one run of the plugin. Unlike client-go, a plugin that hangs is
/// killed after `timeout`, because an operator must not stall on a stuck login helper; and a
/// plugin is never given a terminal, so `interactiveMode: Always` is refused.
public actor ExecCredentialProvider: CredentialProvider {
    /// Long enough for a plugin that calls a cloud API (`aws eks get-token`,
    /// `gke-gcloud-auth-plugin`), short enough that a stuck one is noticed.
    public static let defaultTimeout: Duration = .seconds(60)

    private let invocation: Invocation
    private let now: @Sendable () -> Date
    private var cached: ExecCredential.Status?
    private var inFlight: Task<ExecCredential.Status, any Error>?

    /// - Parameters:
    ///   - config: the kubeconfig's `user.exec`.
    ///   - cluster: the configuration the credentials are for; described to the plugin when
    ///     `config.provideClusterInfo` is set.
    ///   - timeout: how long one run may take before it is killed. Default: `defaultTimeout`.
    ///   - environment: the base environment of the plugin. The plugin is looked up on the `PATH`
    ///     of its environment: this one's, or the exec config's `env` if that sets one.
    ///     Default: this process's environment.
    ///   - now: the clock that expiry is judged by. Default: the system clock.
    public init(
        config: ExecConfig, cluster: ClientConfiguration, timeout: Duration = ExecCredentialProvider.defaultTimeout,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        let clusterInfo = ExecCredential.Cluster(
            server: cluster.server.absoluteString, certificateAuthorityData: cluster.tls.certificateAuthorityPEM,
            insecureSkipTLSVerify: cluster.tls.insecureSkipVerify, tlsServerName: cluster.tls.serverName,
            proxyURL: cluster.proxyURL)
        invocation = Invocation(
            config: config, cluster: config.provideClusterInfo ? clusterInfo : nil, timeout: timeout,
            environment: environment)
        self.now = now
    }

    public func credentials() async throws -> RequestCredentials {
        if let cached, !isExpired(cached) { return Self.requestCredentials(cached) }
        let run: Task<ExecCredential.Status, any Error>
        if let inFlight {
            run = inFlight
        } else {
            let invocation = invocation
            run = Task { try await invocation.run() }
            inFlight = run
        }
        do {
            let status = try await run.value
            if inFlight == run {
                inFlight = nil
                cached = status
            }
            return Self.requestCredentials(status)
        } catch {
            if inFlight == run { inFlight = nil }
            throw error
        }
    }

    /// Drops the cached credential so that the next request runs the plugin again. A run
    /// already under way is kept: its credential is newer than the one the server rejected.
    public func invalidate() {
        cached = nil
    }

    private func isExpired(_ status: ExecCredential.Status) -> Bool {
        guard let expiration = status.expiration else { return false }
        return now() > expiration
    }

    private static func requestCredentials(_ status: ExecCredential.Status) -> RequestCredentials {
        RequestCredentials(
            authorization: status.token.map { "Bearer \($0)" }, clientCertificatePEM: status.clientCertificatePEM,
            clientKeyPEM: status.clientKeyPEM)
    }
}

extension ExecCredentialProvider {
    /// One plugin run, with everything it needs, so that it runs off the actor.
    struct Invocation: Sendable {
        var config: ExecConfig
        var cluster: ExecCredential.Cluster?
        var timeout: Duration
        var environment: [String: String]

        func run() async throws -> ExecCredential.Status {
            let command = config.command
            guard ExecCredential.supportedAPIVersions.contains(config.apiVersion) else {
                throw CredentialError.execUnsupported(
                    command: command,
                    problem: "apiVersion \"\(config.apiVersion)\" is not supported; use one of "
                        + ExecCredential.supportedAPIVersions.joined(separator: ", "))
            }
            if config.interactiveMode == "Always" {
                throw CredentialError.execUnsupported(
                    command: command,
                    problem: "interactiveMode is Always, but Baton never gives a plugin a terminal; "
                        + "set interactiveMode to Never and make the plugin work without input")
            }
            var pluginEnvironment = environment.merging(config.env) { _, configured in configured }
            pluginEnvironment["KUBERNETES_EXEC_INFO"] = ExecCredential.request(
                apiVersion: config.apiVersion, cluster: cluster)

            let outcome: PluginProcess.Outcome
            do {
                outcome = try await PluginProcess.run(
                    command: command, arguments: config.args, environment: pluginEnvironment, timeout: timeout)
            } catch .notFound {
                throw CredentialError.execNotFound(command: command, installHint: config.installHint)
            } catch let .failed(reason) {
                throw CredentialError.execLaunchFailed(command: command, reason: reason)
            }
            let stderr = Self.text(outcome.stderr, truncated: outcome.stderrOverflowed)
            switch outcome.termination {
            case .timedOut:
                throw CredentialError.execTimedOut(command: command, seconds: timeout.timeInterval, stderr: stderr)
            case let .signaled(signal):
                throw CredentialError.execKilled(command: command, signal: signal, stderr: stderr)
            case let .exited(code) where code != 0:
                throw CredentialError.execFailed(command: command, exitCode: code, stderr: stderr)
            case .exited:
                break
            }
            if !stderr.isEmpty {
                Logger(label: "KubeClient.ExecCredentialProvider").debug("plugin \(command) stderr: \(stderr)")
            }
            guard !outcome.stdoutOverflowed else {
                throw CredentialError.execInvalidOutput(
                    command: command, problem: "standard output is larger than \(PluginProcess.stdoutLimit >> 20) MiB")
            }
            do {
                return try ExecCredential.decodeResponse(outcome.stdout, apiVersion: config.apiVersion)
            } catch {
                throw CredentialError.execInvalidOutput(command: command, problem: error.problem)
            }
        }

        private static func text(_ data: Data, truncated: Bool) -> String {
            let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            return truncated && !text.isEmpty ? "…" + text : text
        }
    }
}
