import Foundation

/// Everything the client needs to reach one API server, resolved from a kubeconfig context or
/// the in-cluster service account. Defaults are written once, beside their fields.
public struct ClientConfiguration: Sendable {
    /// Base URL of the API server, e.g. `https://127.0.0.1:6443` (no trailing slash).
    public var server: URL
    /// Namespace used when a call does not name one: the context's namespace, else "default".
    public var namespace: String = "default"
    public var tls: TLSSettings = TLSSettings()
    /// How requests authenticate (bearer token, basic auth, exec plugin, client certificate).
    public var credentials: CredentialSource = .none
    /// An HTTP(S) or SOCKS proxy for every request (kubeconfig `proxy-url`).
    public var proxyURL: String?
    /// Sent on every request. Default: `baton/<version>`.
    public var userAgent: String = "baton/\(BatonVersion.current)"
    /// Timeout of one non-watch request, connect included. Default: 30 seconds.
    public var requestTimeout: Duration = .seconds(30)
    /// Timeout of establishing a connection. Default: 10 seconds.
    public var connectTimeout: Duration = .seconds(10)
    /// Client-side rate limit: sustained requests per second. Default: nil (off), as the API
    /// server's own priority-and-fairness is the primary guard; set it to be a polite client.
    public var qps: Double?
    /// Requests allowed in a burst above `qps`. Default: 10 (client-go's default).
    public var burst: Int = 10
    /// How many times a request is retried on 429, or (idempotent verbs only) on 5xx and
    /// transport errors. Default: 3.
    public var maxRetries: Int = 3

    public init(server: URL) {
        self.server = server
    }
}

/// TLS settings of one cluster. PEM bytes are kept in memory; file paths from a kubeconfig are
/// read when the configuration is resolved, so a missing file fails early with its path.
public struct TLSSettings: Sendable, Equatable {
    /// PEM bundle of the certificate authorities that sign the server's certificate.
    /// nil: the system trust store.
    public var certificateAuthorityPEM: Data?
    /// PEM client certificate and key (mutual TLS).
    public var clientCertificatePEM: Data?
    public var clientKeyPEM: Data?
    /// Skip verification of the server's certificate. Default: false.
    public var insecureSkipVerify: Bool = false
    /// The name to verify the server's certificate against, when it differs from the URL's host.
    public var serverName: String?

    public init(
        certificateAuthorityPEM: Data? = nil, clientCertificatePEM: Data? = nil,
        clientKeyPEM: Data? = nil, insecureSkipVerify: Bool = false, serverName: String? = nil
    ) {
        self.certificateAuthorityPEM = certificateAuthorityPEM
        self.clientCertificatePEM = clientCertificatePEM
        self.clientKeyPEM = clientKeyPEM
        self.insecureSkipVerify = insecureSkipVerify
        self.serverName = serverName
    }
}

/// Where a request's credentials come from.
public enum CredentialSource: Sendable {
    case none
    /// A fixed bearer token.
    case bearerToken(String)
    /// A file holding a bearer token, re-read periodically because it rotates (projected
    /// service-account tokens are refreshed by the kubelet).
    case tokenFile(String)
    case basic(username: String, password: String)
    /// An exec credential plugin (`client.authentication.k8s.io/v1`).
    case exec(ExecConfig)
}

/// The `user.exec` stanza of a kubeconfig.
public struct ExecConfig: Sendable, Equatable {
    public var command: String
    public var args: [String]
    public var env: [String: String]
    public var apiVersion: String
    /// `Never`, `IfAvailable` or `Always`: whether the plugin may read standard input.
    public var interactiveMode: String?
    public var provideClusterInfo: Bool
    public var installHint: String?

    public init(
        command: String, args: [String] = [], env: [String: String] = [:],
        apiVersion: String = "client.authentication.k8s.io/v1", interactiveMode: String? = nil,
        provideClusterInfo: Bool = false, installHint: String? = nil
    ) {
        self.command = command
        self.args = args
        self.env = env
        self.apiVersion = apiVersion
        self.interactiveMode = interactiveMode
        self.provideClusterInfo = provideClusterInfo
        self.installHint = installHint
    }
}

/// What one request presents to the server. Produced by a `CredentialProvider`.
public struct RequestCredentials: Sendable, Equatable {
    /// The full `Authorization` header value, e.g. `Bearer abc` or `Basic dXNlcjpwYXNz`.
    public var authorization: String?
    /// A client certificate and key that override the cluster's TLS settings (exec plugins may
    /// return these).
    public var clientCertificatePEM: Data?
    public var clientKeyPEM: Data?

    public init(authorization: String? = nil, clientCertificatePEM: Data? = nil, clientKeyPEM: Data? = nil) {
        self.authorization = authorization
        self.clientCertificatePEM = clientCertificatePEM
        self.clientKeyPEM = clientKeyPEM
    }
}

/// Supplies credentials for each request and refreshes them when the server rejects them.
public protocol CredentialProvider: Sendable {
    /// Credentials for the next request (cached where that is safe).
    func credentials() async throws -> RequestCredentials
    /// Called after a 401 Unauthorized, so that cached credentials (a token file, an exec
    /// plugin's token) are fetched anew before the single retry.
    func invalidate() async
}
