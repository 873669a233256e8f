import Foundation
import KubeCore
import Logging

/// The entry point to one API server: turns Kubernetes calls into HTTP requests on a transport,
/// with authentication, client-side rate limiting and retries applied to every request.
///
/// Copies share the transport, the credential provider and the rate limiter, so one client per
/// cluster is made once and handed around.
public struct KubeAPIClient: Sendable {
    public let configuration: ClientConfiguration
    public let transport: any HTTPTransport
    public let credentialProvider: any CredentialProvider
    public let retryPolicy: RetryPolicy
    /// nil when `configuration.qps` is nil, zero or negative (client-go treats a negative QPS as
    /// "no limit" too).
    let rateLimiter: RateLimiter<ContinuousClock>?
    let logger: Logger

    /// The largest error body read from a failed watch, which the server ends itself; anything
    /// longer is cut, since only its Status matters.
    static let maximumErrorBodyLength = 1 << 20

    /// - Parameters:
    ///   - retryPolicy: default `RetryPolicy(maxRetries: configuration.maxRetries)`.
    public init(
        configuration: ClientConfiguration, transport: any HTTPTransport, credentialProvider: any CredentialProvider,
        retryPolicy: RetryPolicy? = nil, logger: Logger = Logger(label: "baton.kubeclient")
    ) {
        self.configuration = configuration
        self.transport = transport
        self.credentialProvider = credentialProvider
        self.retryPolicy = retryPolicy ?? RetryPolicy(maxRetries: configuration.maxRetries)
        if let qps = configuration.qps, qps > 0, qps.isFinite {
            rateLimiter = RateLimiter(qps: qps, burst: configuration.burst, clock: ContinuousClock())
        } else {
            rateLimiter = nil
        }
        self.logger = logger
    }

    /// Operations on one resource: namespaced when `namespace` is given, else cluster-scoped
    /// (or, for list and watch of a namespaced resource, across all namespaces).
    public func resource(_ resource: GroupVersionResource, namespace: String? = nil) -> ResourceClient {
        ResourceClient(client: self, resource: resource, namespace: namespace)
    }

    /// Operations on a `Codable` kind. `namespace` as in `resource(_:namespace:)`.
    public func typed<Object: KubeResource>(_ type: Object.Type, namespace: String? = nil) -> TypedClient<Object> {
        TypedClient(client: self, namespace: namespace)
    }

    /// `GET /version`: the server's build information.
    public func serverVersion() async throws -> ServerVersion {
        let response = try await send(method: "GET", path: APIPath(rawPath: "/version"))
        do {
            return try JSONDecoder().decode(ServerVersion.self, from: response.body)
        } catch {
            throw KubeClientError.invalidResponse("GET /version: \(error)")
        }
    }

    /// Any request the resource operations do not cover (discovery, OpenAPI, a proxy path),
    /// with the same authentication, rate limiting, retries and error decoding.
    ///
    /// - Parameters:
    ///   - path: the path below the server URL, starting with `/`, already percent-encoded.
    ///   - query: parameters to encode and append.
    /// - Returns: the 2xx response. Throws `KubeAPIError` for any other status.
    public func request(
        method: String, path: String, query: [(name: String, value: String)] = [], body: Data? = nil,
        contentType: String? = nil
    ) async throws -> HTTPResponse {
        var apiPath = try APIPath(rawPath: path)
        for item in query { apiPath.addQuery(item.name, item.value) }
        return try await send(method: method, path: apiPath, body: body, contentType: contentType)
    }

    // MARK: - Execution

    /// Sends a request with a whole-request timeout and returns its 2xx response.
    func send(
        method: String, path: APIPath, body: Data? = nil, contentType: String? = nil
    ) async throws -> HTTPResponse {
        let url = try path.url(relativeTo: configuration.server)
        return try await execute(
            method: method, url: url, body: body, contentType: contentType, timeout: configuration.requestTimeout,
            exchange: { try await transport.send($0) },
            status: \.status,
            failure: { KubeAPIError(status: $0.status, headers: $0.headers, body: $0.body) })
    }

    /// Opens a long-lived request (a watch), with no whole-request timeout, and returns once a
    /// 2xx status line has arrived.
    func openStream(path: APIPath) async throws -> HTTPStreamingResponse {
        let url = try path.url(relativeTo: configuration.server)
        return try await execute(
            method: "GET", url: url, body: nil, contentType: nil, timeout: nil,
            exchange: { try await transport.stream($0) },
            status: \.status,
            failure: { response in
                KubeAPIError(
                    status: response.status, headers: response.headers,
                    body: try await Self.collect(response.body, limit: Self.maximumErrorBodyLength))
            })
    }

    /// The one request loop: rate limit, authenticate (never in the clear beyond loopback),
    /// send; on 401 refresh the credentials and try once more; on other failures ask the retry
    /// policy. Each attempt takes a rate-limiter token, as a retry is a request too.
    private func execute<Response: Sendable>(
        method: String, url: URL, body: Data?, contentType: String?, timeout: Duration?,
        exchange: (HTTPRequest) async throws -> Response,
        status: (Response) -> Int,
        failure: (Response) async throws -> KubeAPIError
    ) async throws -> Response {
        var retries = 0
        var reauthenticated = false
        while true {
            try Task.checkCancellation()
            if let rateLimiter { try await rateLimiter.acquire() }
            let credentials = try await credentialProvider.credentials()
            // Checked on what is about to be sent, as a provider handed in directly (or an exec
            // plugin) can produce a header the configuration does not show.
            if credentials.authorization != nil, configuration.sendsInTheClear {
                throw ConfigError.credentialsOverPlainHTTP(
                    server: configuration.server.absoluteString,
                    credential: configuration.credentials.name ?? "Authorization header", field: nil)
            }
            var request = HTTPRequest(
                method: method, url: url, headers: headers(credentials, contentType: contentType), body: body,
                timeout: timeout)
            request.clientCertificatePEM = credentials.clientCertificatePEM
            request.clientKeyPEM = credentials.clientKeyPEM

            let response: Response
            do {
                response = try await exchange(request)
            } catch let error as TransportError {
                guard
                    let delay = retryPolicy.delay(
                        method: method, failure: .transport(retriable: error.isRetriable), retriesSoFar: retries)
                else { throw error }
                logger.debug(
                    "retrying after a transport error",
                    metadata: ["method": "\(method)", "url": "\(url)", "error": "\(error)", "delay": "\(delay)"])
                try await Task.sleep(for: delay)
                retries += 1
                continue
            }

            let code = status(response)
            if (200..<300).contains(code) { return response }
            if code == 401, !reauthenticated {
                reauthenticated = true
                await credentialProvider.invalidate()
                continue
            }
            let error = try await failure(response)
            guard
                let delay = retryPolicy.delay(
                    method: method, failure: .response(status: code, retryAfter: error.retryAfter),
                    retriesSoFar: retries)
            else { throw error }
            logger.debug(
                "retrying after an error response",
                metadata: ["method": "\(method)", "url": "\(url)", "status": "\(code)", "delay": "\(delay)"])
            try await Task.sleep(for: delay)
            retries += 1
        }
    }

    private func headers(_ credentials: RequestCredentials, contentType: String?) -> [(name: String, value: String)] {
        var headers: [(name: String, value: String)] = [
            ("Accept", "application/json"), ("User-Agent", configuration.userAgent),
        ]
        if let contentType { headers.append(("Content-Type", contentType)) }
        if let authorization = credentials.authorization { headers.append(("Authorization", authorization)) }
        return headers
    }

    /// The body of a streamed response, up to `limit` bytes.
    private static func collect(_ body: AsyncThrowingStream<Data, any Error>, limit: Int) async throws -> Data {
        var data = Data()
        for try await chunk in body {
            data.append(chunk.prefix(limit - data.count))
            if data.count >= limit { break }
        }
        return data
    }
}
