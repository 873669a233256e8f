import Foundation

/// A Prometheus to query, resolved from a Monitor's `prometheus` (its Secrets and ConfigMap
/// read) or from the operator's configuration.
public struct PrometheusEndpoint: Sendable, Hashable {
    /// The base URL of the HTTP API (`/api/v1/query` is appended).
    public var url: URL
    /// The `Authorization` header's value.
    public var authorization: String?
    /// The CAs that sign its certificate; nil for the system's trust store.
    public var certificateAuthorityPEM: Data?
    /// How long one query may take.
    public var timeout: Duration

    public init(url: URL, authorization: String? = nil, certificateAuthorityPEM: Data? = nil, timeout: Duration = .seconds(10)) {
        self.url = url
        self.authorization = authorization
        self.certificateAuthorityPEM = certificateAuthorityPEM
        self.timeout = timeout
    }
}
