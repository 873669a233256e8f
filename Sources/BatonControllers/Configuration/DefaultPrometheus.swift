import BatonAPI
import Foundation

/// The Prometheus that Monitors without their own `spec.prometheus` query.
public struct DefaultPrometheus: Sendable, Hashable {
    /// The base URL of its HTTP API, such as http://prometheus-operated.monitoring.svc:9090.
    public var url: String
    /// How long one query may take.
    public var timeout: KubeDuration?

    public init(url: String, timeout: KubeDuration? = nil) {
        self.url = url
        self.timeout = timeout
    }

    private enum CodingKeys: String, CodingKey, CaseIterable {
        case url, timeout
    }

    /// nil when the URL does not parse (the configuration's reader refuses that first).
    var endpoint: PrometheusEndpoint? {
        guard let parsed = URL(string: url), parsed.host != nil else { return nil }
        return PrometheusEndpoint(url: parsed, timeout: (timeout ?? PrometheusSource.defaultTimeout).duration)
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
    }
}
