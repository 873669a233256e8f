import Foundation
@testable import KubeClient
import Synchronization
import Testing

/// Credentials never travel over plain `http://` beyond loopback: a kubeconfig that would send
/// them is refused when it is loaded, and a client built in code refuses at the request,
/// before anything reaches the transport. Loopback and credential-less `http://` still work.
@Suite struct PlainHTTPCredentialTests {
    let dir: ConfigFixtureDirectory

    init() throws {
        dir = try ConfigFixtureDirectory()
    }

    /// Loads a kubeconfig with one context over `server` and a user made of `user` lines.
    private func load(server: String, user: String) throws -> ClientConfiguration {
        let file = try dir.write("config", singleContextKubeconfig(cluster: "server: \"\(server)\"", user: user))
        return try dir.loader(explicitPath: file).load()
    }

    // MARK: - When the kubeconfig is loaded

    @Test func tokenOverHTTPToARemoteHostIsRefused() throws {
        let error = #expect(throws: ConfigError.self) {
            try load(server: "http://203.0.113.10:8080", user: "token: secret")
        }
        #expect(
            error == .credentialsOverPlainHTTP(
                server: "http://203.0.113.10:8080", credential: "bearer token",
                field: ConfigError.Field(file: dir.file("config"), path: "users[0].user.token")))
        let message = error.map { "\($0)" } ?? ""
        #expect(message.contains("http://203.0.113.10:8080"), "\(message)")
        #expect(message.contains("https://"), "says what to do: \(message)")
        #expect(!message.contains("secret"), "never repeats the token: \(message)")
    }

    @Test func basicAuthOverHTTPToARemoteHostIsRefused() throws {
        let error = #expect(throws: ConfigError.self) {
            try load(server: "http://kube.example.com", user: "username: admin\npassword: pa55")
        }
        #expect(
            error == .credentialsOverPlainHTTP(
                server: "http://kube.example.com", credential: "username and password",
                field: ConfigError.Field(file: dir.file("config"), path: "users[0].user.username")))
    }

    @Test func tokenFileAndExecPluginOverHTTPAreRefused() throws {
        try dir.write("token", "from-file")
        let tokenFile = #expect(throws: ConfigError.self) {
            try load(server: "http://10.0.0.1:8080", user: "tokenFile: \(dir.file("token"))")
        }
        #expect(tokenFile?.isCredentialsOverPlainHTTP(credential: "bearer token file") == true, "\(String(describing: tokenFile))")
        let exec = #expect(throws: ConfigError.self) {
            try load(
                server: "http://10.0.0.1:8080",
                user: "exec: {apiVersion: client.authentication.k8s.io/v1, command: plugin, interactiveMode: Never}")
        }
        #expect(
            exec?.isCredentialsOverPlainHTTP(credential: "exec credential plugin's credentials") == true,
            "\(String(describing: exec))")
    }

    @Test func tokenOverHTTPSIsAllowed() throws {
        let config = try load(server: "https://203.0.113.10:6443", user: "token: secret")
        #expect(config.credentials.summary == "bearer secret")
    }

    @Test(arguments: ["http://127.0.0.1:8080", "http://127.8.9.10:8080", "http://[::1]:8080", "http://localhost:8080"])
    func tokenOverHTTPToLoopbackIsAllowed(server: String) throws {
        let config = try load(server: server, user: "token: secret")
        #expect(config.credentials.summary == "bearer secret")
    }

    @Test func httpWithoutCredentialsIsAllowed() throws {
        let config = try load(server: "http://203.0.113.10:8080", user: "{}")
        #expect(config.server.absoluteString == "http://203.0.113.10:8080")
        #expect(config.credentials.summary == "none")
    }

    // MARK: - When a request is made

    @Test func clientBuiltInCodeRefusesBeforeSending() async throws {
        var configuration = ClientConfiguration(server: URL(string: "http://203.0.113.10:8080")!)
        configuration.credentials = .bearerToken("secret")
        let transport = NeverCalledTransport()
        let client = KubeAPIClient(
            configuration: configuration, transport: transport, credentialProvider: configuration.credentialProvider())
        let error = await #expect(throws: ConfigError.self) { try await client.serverVersion() }
        #expect(error?.isCredentialsOverPlainHTTP(credential: "bearer token") == true, "\(String(describing: error))")
        #expect(transport.calls == 0)
    }

    /// A provider handed in directly can add a header the configuration does not show; it is
    /// refused all the same.
    @Test func headerFromAProviderIsRefusedToo() async throws {
        let configuration = ClientConfiguration(server: URL(string: "http://203.0.113.10:8080")!)
        let transport = NeverCalledTransport()
        let client = KubeAPIClient(
            configuration: configuration, transport: transport,
            credentialProvider: StaticCredentialProvider.basic(username: "admin", password: "pa55"))
        let error = await #expect(throws: ConfigError.self) { try await client.serverVersion() }
        #expect(error?.isCredentialsOverPlainHTTP(credential: "Authorization header") == true, "\(String(describing: error))")
        #expect(transport.calls == 0)
    }

    @Test func tokenOverHTTPToLoopbackReachesTheServer() async throws {
        let handler: TestServer.Handler = { request in
            request.header("Authorization") == "Bearer test-token"
                ? .json(#"{"kind":"APIVersions","versions":["v1"]}"#) : .text("no token", status: 401)
        }
        try await withAPIServer(handler: handler) { server, client in
            #expect(server.url.scheme == "http")
            let response = try await client.request(method: "GET", path: "/api")
            #expect(response.status == 200)
        }
    }

    // MARK: - Which hosts are loopback

    @Test(arguments: [
        "localhost", "LocalHost", "127.0.0.1", "127.255.255.254", "::1", "[::1]", "0:0:0:0:0:0:0:1", "::ffff:127.0.0.1",
    ])
    func loopbackHosts(host: String) {
        #expect(LoopbackHost.contains(host))
    }

    @Test(arguments: [
        "", "10.0.0.1", "128.0.0.1", "0.0.0.0", "::", "::2", "fe80::1", "::ffff:10.0.0.1", "127.0.0.1.example.com",
        "localhost.example.com", "kube.example.com",
    ])
    func remoteHosts(host: String) {
        #expect(!LoopbackHost.contains(host))
    }
}

/// Fails any request: the refusal must come before the transport is asked.
private final class NeverCalledTransport: HTTPTransport {
    struct Unexpected: Error {}
    private let counter = Mutex(0)

    var calls: Int { counter.withLock { $0 } }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        counter.withLock { $0 += 1 }
        throw Unexpected()
    }

    func stream(_ request: HTTPRequest) async throws -> HTTPStreamingResponse {
        counter.withLock { $0 += 1 }
        throw Unexpected()
    }
}

extension ConfigError {
    fileprivate func isCredentialsOverPlainHTTP(credential expected: String) -> Bool {
        if case let .credentialsOverPlainHTTP(_, credential, _) = self { return credential == expected }
        return false
    }
}
