import BatonAPI
import Foundation

/// The Prometheus that Monitors without their own `spec.prometheus` query. Its credentials are
/// files in the operator's pod (a projected ServiceAccount token, a service CA bundle), read at
/// each evaluation so that a rotated token is used as soon as the kubelet writes it.
public struct DefaultPrometheus: Sendable, Hashable {
    /// The base URL of its HTTP API, such as http://prometheus-operated.monitoring.svc:9090.
    public var url: String
    /// How long one query may take.
    public var timeout: KubeDuration?
    /// A file whose content is sent as the bearer token.
    public var bearerTokenFile: String?
    /// A PEM bundle of the CAs that sign its certificate; the system's trust store when absent.
    public var caFile: String?

    public init(url: String, timeout: KubeDuration? = nil, bearerTokenFile: String? = nil, caFile: String? = nil) {
        self.url = url
        self.timeout = timeout
        self.bearerTokenFile = bearerTokenFile
        self.caFile = caFile
    }

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case url, timeout, bearerTokenFile, caFile
    }

    /// The endpoint, its files read now.
    func endpoint() throws(ValueError) -> PrometheusEndpoint {
        guard let parsed = URL(string: url), parsed.host != nil else { throw ValueError("prometheus.url \"\(url)\" is not a URL") }
        var endpoint = PrometheusEndpoint(url: parsed, timeout: (timeout ?? PrometheusSource.defaultTimeout).duration)
        if let bearerTokenFile {
            endpoint.authorization = "Bearer " + (try Self.read(bearerTokenFile, "prometheus.bearerTokenFile"))
                .trimmingCharacters(in: .whitespacesAndNewlines)
        }
        if let caFile { endpoint.certificateAuthorityPEM = Data(try Self.read(caFile, "prometheus.caFile").utf8) }
        return endpoint
    }

    private static func read(_ path: String, _ field: String) throws(ValueError) -> String {
        do {
            return try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ValueError("the operator's \(field) \(path) cannot be read: \(error.localizedDescription)")
        }
    }

    /// Why `url` is not usable; nil when it is.
    public static func problem(with url: String) -> String? {
        guard let parsed = URL(string: url), let scheme = parsed.scheme?.lowercased(), ["http", "https"].contains(scheme),
            parsed.host?.isEmpty == false
        else { return "expected an http or https URL such as http://prometheus.monitoring.svc:9090, found \"\(url)\"" }
        return nil
    }
}

extension DefaultPrometheus: Codable {
    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(allowed: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        url = try container.decode(String.self, forKey: .url)
        timeout = try container.decodeIfPresent(KubeDuration.self, forKey: .timeout)
        bearerTokenFile = try container.decodeIfPresent(String.self, forKey: .bearerTokenFile)
        caFile = try container.decodeIfPresent(String.self, forKey: .caFile)
    }
}
