/// The Prometheus that answers a Monitor's queries.
public struct PrometheusSource: Codable, Sendable, Hashable {
    /// The base URL of its HTTP API.
    public var url: String

    public init(url: String) {
        self.url = url
    }
}

extension PrometheusSource: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "The Prometheus to query; the operator's configured one when absent.", required: ["url"],
        properties: [
            "url": .string(
                "The base URL of its HTTP API, such as http://prometheus.monitoring.svc:9090.",
                pattern: "^https?://.+$"),
        ])
}
