import Foundation

/// Why a query got no answer: each makes the check Inconclusive, with this as the reason.
public enum PrometheusError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The request never got a response: refused, unresolvable, TLS not trusted, connection lost.
    case unreachable(String)
    case timedOut(Duration)
    /// Prometheus refused the query (`status: error`): bad PromQL, a query timeout, overload.
    case queryFailed(status: Int, type: String, message: String)
    /// An HTTP error without Prometheus' error body (a proxy's 502, a 401 from an auth gateway).
    case httpStatus(Int, String)
    case malformedResponse(String)
    /// A credential would go over plain http to another host.
    case credentialsInTheClear(URL)

    public var description: String {
        switch self {
        case let .unreachable(message): "Prometheus is unreachable: \(message)"
        case let .timedOut(timeout): "Prometheus did not answer within \(timeout)"
        case let .queryFailed(status, type, message): "Prometheus refused the query (HTTP \(status), \(type)): \(message)"
        case let .httpStatus(status, body): "Prometheus answered HTTP \(status)\(body.isEmpty ? "" : ": \(body)")"
        case let .malformedResponse(problem): "Prometheus' answer is not a query result: \(problem)"
        case let .credentialsInTheClear(url):
            "refusing to send credentials to \(url.absoluteString) over plain http; use https"
        }
    }
}
