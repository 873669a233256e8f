import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL
import Synchronization
import X509

/// One request as the test server received it.
struct RecordedRequest: Sendable {
    var method: String
    /// Path and query exactly as sent, e.g. "/api/v1/namespaces/default/pods?limit=5".
    var uri: String
    /// In the order received; names as sent.
    var headers: [(name: String, value: String)]
    var body: Data
    /// Which accepted connection carried it, counting from 1: shows connection reuse.
    var connectionNumber: Int
    /// Over TLS that verifies clients: the client certificate's subject, e.g. "CN=baton-test-client".
    var clientCertificateSubject: String?

    var path: String { String(uri.prefix { $0 != "?" }) }

    /// The query string without "?", still percent-encoded; nil without one.
    var query: String? { uri.firstIndex(of: "?").map { String(uri[uri.index(after: $0)...]) } }

    /// The query parameters decoded, in order, repeated names kept.
    var queryItems: [URLQueryItem] { URLComponents(string: uri)?.queryItems ?? [] }

    /// The first value of a header, matched case-insensitively.
    func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    var bodyText: String { String(decoding: body, as: UTF8.self) }
}

/// What the test server answers.
struct TestResponse: Sendable {
    enum Body: Sendable {
        /// Sent at once with `Content-Length`.
        case full(Data)
        /// Sent with `Transfer-Encoding: chunked`, one HTTP chunk per element (empty ones are
        /// skipped, as an empty chunk would end the body), each after its delay, then `end`.
        case chunked([Chunk], end: StreamEnd)
    }

    struct Chunk: Sendable {
        var data: Data
        /// Waited before this chunk is written.
        var delay: Duration

        init(_ data: Data, after delay: Duration = .zero) {
            self.data = data
            self.delay = delay
        }

        init(_ text: String, after delay: Duration = .zero) {
            self.init(Data(text.utf8), after: delay)
        }
    }

    /// How a chunked body ends.
    enum StreamEnd: Sendable {
        /// The terminating zero-length chunk; the connection stays open for the next request.
        case terminatingChunk
        /// The connection closes without the terminating chunk.
        case close
        /// The last chunk's size line promises all its bytes but only the first half is sent
        /// before the connection closes.
        case closeMidChunk
    }

    var status: Int
    var headers: [(name: String, value: String)]
    var body: Body
    /// Waited before the status line is written (to provoke timeouts).
    var delay: Duration = .zero

    static func full(status: Int = 200, headers: [(name: String, value: String)] = [], body: Data = Data()) -> TestResponse {
        TestResponse(status: status, headers: headers, body: .full(body))
    }

    static func text(_ text: String, status: Int = 200) -> TestResponse {
        full(status: status, headers: [("Content-Type", "text/plain; charset=utf-8")], body: Data(text.utf8))
    }

    static func json(_ json: String, status: Int = 200, headers: [(name: String, value: String)] = []) -> TestResponse {
        full(status: status, headers: [("Content-Type", "application/json")] + headers, body: Data(json.utf8))
    }

    static func chunked(
        status: Int = 200, headers: [(name: String, value: String)] = [], chunks: [Chunk],
        end: StreamEnd = .terminatingChunk
    ) -> TestResponse {
        TestResponse(status: status, headers: headers, body: .chunked(chunks, end: end))
    }

    func delayed(by delay: Duration) -> TestResponse {
        var response = self
        response.delay = delay
        return response
    }
}

/// An HTTP/1.1 server on 127.0.0.1 (an ephemeral port) for the client tests, optionally over
/// TLS that can require client certificates. It records every request, answers each through
/// `handler`, and counts connections, so tests can see reuse and closes.
///
/// Requests on one connection are answered one after another. Responses are framed by hand
/// (not by NIO's encoder) so that a test can break the framing on purpose. Handlers should be
/// cancellation-aware (`Task.sleep` is): `shutdown()` cancels them.
final class TestServer: Sendable {
    typealias Handler = @Sendable (RecordedRequest) async -> TestResponse

    struct TLS: Sendable {
        var certificatePEM: String
        var privateKeyPEM: String
        /// When set, a client must present a certificate signed by this authority, or the
        /// handshake fails.
        var clientAuthorityPEM: String?

        init(server: TestCertificates.Identity, requiringClientsSignedBy clientAuthorityPEM: String? = nil) {
            certificatePEM = server.certificatePEM
            privateKeyPEM = server.privateKeyPEM
            self.clientAuthorityPEM = clientAuthorityPEM
        }
    }

    private struct Connection: Sendable {
        var number: Int
        var channel: NIOAsyncChannel<HTTPServerRequestPart, ByteBuffer>
    }

    let port: Int
    /// "http://127.0.0.1:<port>" or "https://...".
    let url: URL
    private let log: TestServerLog
    private let serving: Task<Void, Never>

    init(tls: TLS? = nil, handler: @escaping Handler) async throws {
        let sslContext = try tls.map(Self.makeSSLContext)
        let log = TestServerLog()
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.backlog, value: 512)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .bind(host: "127.0.0.1", port: 0) { child in
                child.eventLoop.makeCompletedFuture {
                    let number = log.accepted()
                    child.closeFuture.whenComplete { _ in log.closed() }
                    if let sslContext {
                        try child.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: sslContext))
                    }
                    try child.pipeline.syncOperations.addHandler(ByteToMessageHandler(HTTPRequestDecoder()))
                    return Connection(
                        number: number,
                        channel: try NIOAsyncChannel<HTTPServerRequestPart, ByteBuffer>(wrappingChannelSynchronously: child))
                }
            }
        guard let port = channel.channel.localAddress?.port,
            let url = URL(string: "\(tls == nil ? "http" : "https")://127.0.0.1:\(port)")
        else {
            try? await channel.channel.close()
            throw TestServerError.noAddress
        }
        self.port = port
        self.url = url
        self.log = log
        let verifiesClients = tls?.clientAuthorityPEM != nil
        serving = Task {
            await withDiscardingTaskGroup { group in
                try? await channel.executeThenClose { connections in
                    for try await connection in connections {
                        group.addTask {
                            await Self.serve(connection, verifiesClients: verifiesClients, log: log, handler: handler)
                        }
                    }
                }
            }
        }
    }

    /// Every request received so far, in order of completion.
    var requests: [RecordedRequest] { log.state.withLock { $0.requests } }
    var acceptedConnections: Int { log.state.withLock { $0.acceptedConnections } }
    var closedConnections: Int { log.state.withLock { $0.closedConnections } }
    /// Responses written to their last byte (as planned: a deliberately broken one counts too).
    var completedResponses: Int { log.state.withLock { $0.completedResponses } }

    /// Runs `body` against a new server and shuts the server down afterwards, also when `body`
    /// throws.
    static func run<Result>(
        tls: TLS? = nil, handler: @escaping Handler, _ body: (TestServer) async throws -> Result
    ) async throws -> Result {
        let server = try await TestServer(tls: tls, handler: handler)
        do {
            let result = try await body(server)
            await server.shutdown()
            return result
        } catch {
            await server.shutdown()
            throw error
        }
    }

    /// Stops accepting, cancels the handlers and closes every connection.
    func shutdown() async {
        serving.cancel()
        await serving.value
    }

    // MARK: Serving

    private static func serve(_ connection: Connection, verifiesClients: Bool, log: TestServerLog, handler: Handler) async {
        let channel = connection.channel.channel
        try? await connection.channel.executeThenClose { inbound, outbound in
            var head: HTTPRequestHead?
            var body = ByteBuffer()
            var clientSubject: String?
            for try await part in inbound {
                switch part {
                case .head(let requestHead):
                    head = requestHead
                    body.clear()
                case .body(var bytes):
                    body.writeBuffer(&bytes)
                case .end:
                    guard let requestHead = head else { continue }
                    if verifiesClients, clientSubject == nil {
                        clientSubject = try await peerSubject(channel)
                    }
                    let request = RecordedRequest(
                        method: requestHead.method.rawValue, uri: requestHead.uri,
                        headers: requestHead.headers.map { (name: $0.name, value: $0.value) },
                        body: Data(body.readableBytesView), connectionNumber: connection.number,
                        clientCertificateSubject: clientSubject)
                    log.state.withLock { $0.requests.append(request) }
                    let response = await handler(request)
                    let keepOpen = try await write(response, isHead: requestHead.method == .HEAD, to: outbound)
                    log.state.withLock { $0.completedResponses += 1 }
                    if !keepOpen || !requestHead.isKeepAlive { return }
                }
            }
        }
    }

    /// Writes a response; false when it ends by closing the connection.
    private static func write(
        _ response: TestResponse, isHead: Bool, to outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>
    ) async throws -> Bool {
        if response.delay > .zero {
            try await Task.sleep(for: response.delay)
        }
        let status = HTTPResponseStatus(statusCode: response.status)
        var head = "HTTP/1.1 \(response.status) \(status.reasonPhrase)\r\n"
        for (name, value) in response.headers {
            head += "\(name): \(value)\r\n"
        }
        switch response.body {
        case .full(let data):
            head += "Content-Length: \(data.count)\r\n\r\n"
            var buffer = ByteBuffer(string: head)
            if !isHead { buffer.writeBytes(data) }
            try await outbound.write(buffer)
            return true
        case .chunked(let chunks, let end):
            head += "Transfer-Encoding: chunked\r\n\r\n"
            try await outbound.write(ByteBuffer(string: head))
            if isHead { return true }
            let chunks = chunks.filter { !$0.data.isEmpty }
            for (index, chunk) in chunks.enumerated() {
                if chunk.delay > .zero {
                    try await Task.sleep(for: chunk.delay)
                }
                var buffer = ByteBuffer(string: String(chunk.data.count, radix: 16) + "\r\n")
                if end == .closeMidChunk, index == chunks.count - 1 {
                    buffer.writeBytes(chunk.data.prefix(chunk.data.count / 2))
                    try await outbound.write(buffer)
                    return false
                }
                buffer.writeBytes(chunk.data)
                buffer.writeString("\r\n")
                try await outbound.write(buffer)
            }
            switch end {
            case .terminatingChunk:
                try await outbound.write(ByteBuffer(string: "0\r\n\r\n"))
                return true
            case .close, .closeMidChunk:
                return false
            }
        }
    }

    private static func peerSubject(_ channel: Channel) async throws -> String? {
        guard let certificate = try await channel.nioSSL_peerCertificate().get() else { return nil }
        return try Certificate(derEncoded: certificate.toDERBytes()).subject.description
    }

    private static func makeSSLContext(_ tls: TLS) throws -> NIOSSLContext {
        var configuration = TLSConfiguration.makeServerConfiguration(
            certificateChain: [.certificate(try NIOSSLCertificate(bytes: Array(tls.certificatePEM.utf8), format: .pem))],
            privateKey: .privateKey(try NIOSSLPrivateKey(bytes: Array(tls.privateKeyPEM.utf8), format: .pem)))
        if let clientAuthority = tls.clientAuthorityPEM {
            configuration.certificateVerification = .noHostnameVerification
            configuration.trustRoots = .certificates(
                [try NIOSSLCertificate(bytes: Array(clientAuthority.utf8), format: .pem)])
        }
        return try NIOSSLContext(configuration: configuration)
    }
}

/// The server's counters and log, shared with the closures NIO calls.
private final class TestServerLog: Sendable {
    struct State {
        var requests: [RecordedRequest] = []
        var acceptedConnections = 0
        var closedConnections = 0
        var completedResponses = 0
    }

    let state = Mutex(State())

    /// Counts a new connection and returns its number.
    func accepted() -> Int {
        state.withLock { state in
            state.acceptedConnections += 1
            return state.acceptedConnections
        }
    }

    func closed() {
        state.withLock { $0.closedConnections += 1 }
    }
}

enum TestServerError: Error {
    case noAddress
}
