import Foundation

/// The `HTTPTransport` over libcurl: one `CurlEngine` (a multi handle on its own thread) serves
/// every request and watch made through this transport, reusing connections between them and
/// multiplexing over HTTP/2 where the server offers it. Make one per API server and share it.
///
/// Timeouts: `connectTimeout` applies to every connection; the whole-request timeout is the
/// request's own `HTTPRequest.timeout` (the API client sets it from
/// `ClientConfiguration.requestTimeout` for everything but watches).
///
/// Proxies: `proxyURL` when given; otherwise libcurl honours the `https_proxy`, `http_proxy`
/// and `no_proxy` environment variables, as client-go does.
///
/// Errors: failures below HTTP throw `TransportError`; a cancelled task throws
/// `CancellationError`. Any HTTP status, 4xx and 5xx included, is a response, and redirects
/// are not followed (a 3xx is returned as it is).
public final class CurlTransport: HTTPTransport {
    /// What every transfer of this transport is configured with.
    struct Settings: Sendable {
        var tls: TLSSettings
        var proxyURL: String?
        var connectTimeout: Duration
        var userAgent: String
    }

    private let settings: Settings
    let engine: CurlEngine

    /// A transport for one cluster's TLS settings, proxy, connect timeout and User-Agent.
    /// Throws `TransportError` if libcurl cannot be set up or the User-Agent has a line break.
    public init(
        tls: TLSSettings = TLSSettings(), proxyURL: String? = nil, connectTimeout: Duration = .seconds(10),
        userAgent: String = "baton/\(BatonVersion.current)"
    ) throws {
        guard !userAgent.utf8.contains(where: { $0 == 0x0D || $0 == 0x0A || $0 == 0 }) else {
            throw TransportError(kind: .invalidRequest, message: "the User-Agent contains a line break")
        }
        settings = Settings(tls: tls, proxyURL: proxyURL, connectTimeout: connectTimeout, userAgent: userAgent)
        engine = try CurlEngine()
    }

    /// A transport with the configuration's `tls`, `proxyURL`, `connectTimeout` and `userAgent`.
    public convenience init(configuration: ClientConfiguration) throws {
        try self.init(
            tls: configuration.tls, proxyURL: configuration.proxyURL, connectTimeout: configuration.connectTimeout,
            userAgent: configuration.userAgent)
    }

    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let ticket = TransferTicket()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                engine.start(
                    CurlEngine.Submission(request: request, settings: settings, ticket: ticket, sink: .response(continuation)))
            }
        } onCancel: {
            engine.cancel(ticket)
        }
    }

    /// Returns once the status line and headers have arrived. The body stream then yields the
    /// chunks as libcurl reads them; it finishes at the end of the body, throws
    /// `TransportError` if the connection breaks first, and throws `CancellationError` if the
    /// consuming task is cancelled. Cancelling the consumer, or dropping the body, removes the
    /// transfer from the engine.
    ///
    /// A slow consumer does not hold up the engine: up to 4 MiB are buffered, then this
    /// transfer alone is paused until the consumer has read the buffer down to 1 MiB.
    public func stream(_ request: HTTPRequest) async throws -> HTTPStreamingResponse {
        let ticket = TransferTicket()
        let buffer = StreamBodyBuffer()
        let body = StreamBodyReader(engine: engine, ticket: ticket, buffer: buffer).makeStream()
        let head = try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                engine.start(
                    CurlEngine.Submission(
                        request: request, settings: settings, ticket: ticket, sink: .stream(head: continuation, body: buffer)))
            }
        } onCancel: {
            engine.cancel(ticket)
        }
        return HTTPStreamingResponse(status: head.status, headers: head.headers, body: body)
    }
}
