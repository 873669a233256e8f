import BatonAPI
import Foundation

/// Turns a Monitor's `prometheus` (or, without one, the operator's default) into an endpoint to
/// query, reading its credentials and CA from the Monitor's namespace.
struct PrometheusEndpointResolver: Sendable {
    let values: NamespacedValues
    /// The operator's configured Prometheus; nil when it has none.
    let fallback: DefaultPrometheus?

    static let noPrometheus =
        "no Prometheus configured: set spec.prometheus.url, or the operator's prometheus.url"

    func endpoint(for monitor: Monitor) async throws(ValueError) -> PrometheusEndpoint {
        guard let source = monitor.spec.prometheus else {
            guard let fallback else { throw ValueError(Self.noPrometheus) }
            return try fallback.endpoint()
        }
        let namespace = monitor.metadata.namespace ?? "default"
        guard let url = URL(string: source.url), url.scheme != nil, url.host != nil else {
            throw ValueError("spec.prometheus.url \"\(source.url)\" is not a URL")
        }
        if source.bearerTokenSecretRef != nil, source.basicAuth != nil {
            throw ValueError("spec.prometheus sets both bearerTokenSecretRef and basicAuth; keep one")
        }
        var endpoint = PrometheusEndpoint(url: url, timeout: (source.timeout ?? PrometheusSource.defaultTimeout).duration)
        if let token = source.bearerTokenSecretRef {
            endpoint.authorization = "Bearer " + (try await values.secret(token, namespace: namespace))
        } else if let basic = source.basicAuth {
            let user = try await values.secret(basic.usernameSecretRef, namespace: namespace)
            let password = try await values.secret(basic.passwordSecretRef, namespace: namespace)
            endpoint.authorization = "Basic " + Data("\(user):\(password)".utf8).base64EncodedString()
        }
        if let ca = source.caConfigMapRef {
            endpoint.certificateAuthorityPEM = Data(try await values.configMap(ca, namespace: namespace).utf8)
        }
        return endpoint
    }
}
