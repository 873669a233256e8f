import Foundation

/// When a failed request is sent again, and after how long.
///
/// client-go retries only responses that carry `Retry-After` (429 and 5xx), for every verb,
/// plus connection resets on GET. Baton keeps that and goes one step further, bounded by
/// `maxRetries`:
/// - **429 Too Many Requests**, every verb: the server refused the request before acting on it,
///   so sending it again cannot repeat a side effect. The wait is the server's `Retry-After`
///   (header, else the Status's `retryAfterSeconds`), else the backoff below.
/// - **5xx with Retry-After**, every verb, as client-go does: the server asked to be called again.
/// - **500, 502, 503, 504 without Retry-After, and transport errors the transport calls
///   retriable** (connection refused or reset): idempotent verbs only (GET, HEAD, PUT, DELETE,
///   OPTIONS). A repeated PUT that carries a `resourceVersion` fails with 409 if the first one
///   landed, and a repeated DELETE with 404, so neither writes twice; a POST or PATCH could.
/// - Anything else is returned to the caller at once.
///
/// The backoff is exponential from `initialBackoff`, capped at `maxBackoff`, with jitter (a
/// uniform draw from the upper half) so that many clients failing together spread out.
public struct RetryPolicy: Sendable {
    /// Retries after the first attempt. Default: `ClientConfiguration.maxRetries`.
    public var maxRetries: Int
    /// The first backoff. Default: 250 ms.
    public var initialBackoff: Duration = .milliseconds(250)
    /// The longest backoff. Default: 10 s.
    public var maxBackoff: Duration = .seconds(10)
    /// A `Retry-After` longer than this is not waited out; the error goes to the caller, who
    /// may requeue for that long. Default: 60 s.
    public var maxRetryAfter: Duration = .seconds(60)

    public init(
        maxRetries: Int, initialBackoff: Duration = .milliseconds(250), maxBackoff: Duration = .seconds(10),
        maxRetryAfter: Duration = .seconds(60)
    ) {
        self.maxRetries = maxRetries
        self.initialBackoff = initialBackoff
        self.maxBackoff = maxBackoff
        self.maxRetryAfter = maxRetryAfter
    }

    /// How an attempt failed.
    enum Failure: Sendable {
        /// The server answered with an error status.
        case response(status: Int, retryAfter: Duration?)
        /// The request did not get an answer; `retriable` is the transport's judgement.
        case transport(retriable: Bool)
    }

    /// The wait before the next attempt, or nil to give up. `retriesSoFar` counts the retries
    /// already made for this request.
    func delay(method: String, failure: Failure, retriesSoFar: Int) -> Duration? {
        guard retriesSoFar < maxRetries else { return nil }
        switch failure {
        case let .response(status, retryAfter?) where status == 429 || (500...599).contains(status):
            return retryAfter <= maxRetryAfter ? retryAfter : nil
        case .response(status: 429, retryAfter: nil):
            return backoff(afterRetries: retriesSoFar)
        case let .response(status, nil) where [500, 502, 503, 504].contains(status):
            return Self.isIdempotent(method) ? backoff(afterRetries: retriesSoFar) : nil
        case .transport(retriable: true):
            return Self.isIdempotent(method) ? backoff(afterRetries: retriesSoFar) : nil
        case .response, .transport(retriable: false):
            return nil
        }
    }

    /// `initialBackoff × 2^retries`, capped at `maxBackoff`, then drawn uniformly from its upper
    /// half.
    func backoff(afterRetries retries: Int) -> Duration {
        let exponential = initialBackoff.timeInterval * exp2(Double(min(retries, 32)))
        let capped = max(0, min(exponential, maxBackoff.timeInterval))
        return .seconds(Double.random(in: (capped / 2)...capped))
    }

    /// RFC 9110 §9.2.2 idempotent methods.
    static func isIdempotent(_ method: String) -> Bool {
        ["GET", "HEAD", "PUT", "DELETE", "OPTIONS"].contains(method.uppercased())
    }

    /// A `Retry-After` header in delay-seconds, the form the API server sends. An HTTP-date or
    /// anything else unparseable counts as absent.
    static func retryAfter(header: String?) -> Duration? {
        guard let header, let seconds = Int(header.trimmingCharacters(in: .whitespaces)), seconds >= 0 else {
            return nil
        }
        return .seconds(seconds)
    }
}
