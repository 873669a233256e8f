import Foundation

/// One HTTP request as the API client hands it to a transport.
public struct HTTPRequest: Sendable {
    public var method: String
    public var url: URL
    /// Header fields in order; names are case-insensitive.
    public var headers: [(name: String, value: String)]
    public var body: Data?
    /// Whole-request timeout. nil: none (watches, which end by their own `timeoutSeconds`).
    public var timeout: Duration?
    /// A client certificate and key for this request only (from an exec credential plugin),
    /// overriding the transport's configured ones.
    public var clientCertificatePEM: Data?
    public var clientKeyPEM: Data?

    public init(
        method: String, url: URL, headers: [(name: String, value: String)] = [], body: Data? = nil,
        timeout: Duration? = nil
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
    }
}

/// A complete response.
public struct HTTPResponse: Sendable {
    public var status: Int
    public var headers: [(name: String, value: String)]
    public var body: Data

    public init(status: Int, headers: [(name: String, value: String)], body: Data) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The first value of a header, matched case-insensitively.
    public func header(_ name: String) -> String? { firstValue(of: name, in: headers) }
}

/// A response whose body arrives over time (a watch). The body stream ends when the server
/// closes it, and throws on a transport error; cancelling the consuming task aborts the transfer.
public struct HTTPStreamingResponse: Sendable {
    public var status: Int
    public var headers: [(name: String, value: String)]
    public var body: AsyncThrowingStream<Data, any Error>

    public init(status: Int, headers: [(name: String, value: String)], body: AsyncThrowingStream<Data, any Error>) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    public func header(_ name: String) -> String? { firstValue(of: name, in: headers) }
}

private func firstValue(of name: String, in headers: [(name: String, value: String)]) -> String? {
    headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
}

/// The seam between the API client and the wire. The real one is libcurl's multi interface;
/// tests wrap it to inject faults.
public protocol HTTPTransport: Sendable {
    func send(_ request: HTTPRequest) async throws -> HTTPResponse
    /// Returns once the status line and headers have arrived.
    func stream(_ request: HTTPRequest) async throws -> HTTPStreamingResponse
}
