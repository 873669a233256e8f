import Foundation
import KubeClient
import Synchronization

/// Instant queries against Prometheus' HTTP API over libcurl, the transport the operator uses
/// for the Kubernetes API. One transport (one connection pool) per set of trusted CAs, shared by
/// every Monitor that uses it, so 10,000 Monitors on one Prometheus reuse a few connections.
public final class PrometheusClient: Sendable {
    private let transports = Mutex<[Data?: CurlTransport]>([:])
    private let connectTimeout: Duration

    public init(connectTimeout: Duration = .seconds(5)) {
        self.connectTimeout = connectTimeout
    }

    /// `query` evaluated now. POSTed as a form, as Prometheus allows, so that a long query never
    /// meets a URL length limit on the way.
    public func query(_ query: String, at endpoint: PrometheusEndpoint) async throws(PrometheusError) -> [PrometheusSample] {
        if endpoint.authorization != nil, endpoint.url.sendsInTheClear { throw .credentialsInTheClear(endpoint.url) }
        var headers = [(name: "Content-Type", value: "application/x-www-form-urlencoded"), (name: "Accept", value: "application/json")]
        if let authorization = endpoint.authorization { headers.append((name: "Authorization", value: authorization)) }
        let request = HTTPRequest(
            method: "POST", url: endpoint.url.appending(path: "api/v1/query"), headers: headers,
            body: Data(QueryEncoding.encode([(name: "query", value: query)]).utf8), timeout: endpoint.timeout)
        let response: HTTPResponse
        do {
            response = try await transport(trusting: endpoint.certificateAuthorityPEM).send(request)
        } catch let error as TransportError {
            throw error.kind == .timedOut ? .timedOut(endpoint.timeout) : .unreachable(error.description)
        } catch {
            throw .unreachable("\(error)")
        }
        return try PrometheusResponse.samples(status: response.status, body: response.body)
    }

    private func transport(trusting certificateAuthorityPEM: Data?) throws(PrometheusError) -> CurlTransport {
        do {
            return try transports.withLock { transports in
                if let transport = transports[certificateAuthorityPEM] { return transport }
                let transport = try CurlTransport(
                    tls: TLSSettings(certificateAuthorityPEM: certificateAuthorityPEM), connectTimeout: connectTimeout)
                transports[certificateAuthorityPEM] = transport
                return transport
            }
        } catch {
            throw .unreachable("cannot set up the HTTP client: \(error)")
        }
    }
}
