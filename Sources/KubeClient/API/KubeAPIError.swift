import Foundation
import KubeCore

/// An error the API server reported: its `Status` body (or one made from a body that was not a
/// Status), classified by the Status's `reason` and, when the reason is missing or unknown, by
/// the HTTP code, the way apimachinery's `errors.ReasonForError` does.
///
/// Match on the case (`catch KubeAPIError.notFound`); every case carries the Status, whose
/// `code` is the HTTP code.
public enum KubeAPIError: Error, Sendable, Hashable {
    /// 400.
    case badRequest(Status)
    /// 401: the credentials were refused (already after one refresh and retry).
    case unauthorized(Status)
    /// 403: authenticated, but RBAC (or an admission plugin) does not allow it.
    case forbidden(Status)
    /// 404.
    case notFound(Status)
    /// 405: the resource does not support the verb.
    case methodNotAllowed(Status)
    /// 409 AlreadyExists: a create found the name taken.
    case alreadyExists(Status)
    /// 409 Conflict: a write based on a stale `resourceVersion`, a failed precondition, or a
    /// server-side apply conflict with another field manager.
    case conflict(Status)
    /// 410 Gone or Expired: a watch's `resourceVersion` or a list's `continue` token is too old.
    /// List again from scratch.
    case gone(Status)
    /// 422: the object fails validation; `causes` name the fields.
    case invalid(Status)
    /// 429: the server is shedding load. `retryAfter` is its requested wait (the `Retry-After`
    /// header, else the Status's `retryAfterSeconds`).
    case tooManyRequests(Status, retryAfter: Duration?)
    /// 5xx: InternalError (500), ServerTimeout (500), ServiceUnavailable (503), Timeout (504),
    /// or a proxy's 502; the Status's `reason` tells them apart.
    case serverError(Status)
    /// Any other status (406, 413, 415, an unexpected 3xx, ...).
    case other(Status)

    // MARK: - Reading

    public var status: Status {
        switch self {
        case let .badRequest(status), let .unauthorized(status), let .forbidden(status), let .notFound(status),
            let .methodNotAllowed(status), let .alreadyExists(status), let .conflict(status), let .gone(status),
            let .invalid(status), let .tooManyRequests(status, _), let .serverError(status), let .other(status):
            return status
        }
    }

    /// The HTTP status code (for a watch ERROR event, the code inside its Status).
    public var code: Int { Int(status.code ?? 0) }

    public var reason: StatusReason? { status.reason }

    public var message: String { status.message ?? "" }

    /// The field-level problems of a 422 (and the causes any other Status lists).
    public var causes: [StatusCause] { status.details?.causes ?? [] }

    /// How long the server asked the client to wait before retrying: the `Retry-After` header or
    /// the Status's `retryAfterSeconds`; nil when it did not say.
    public var retryAfter: Duration? {
        if case let .tooManyRequests(_, retryAfter) = self { return retryAfter }
        return status.details?.retryAfterSeconds.map { .seconds(Int64($0)) }
    }

    /// Whether a later attempt can succeed without the caller changing what it asks for: the
    /// server was overloaded or failing (429, 500, 502, 503, 504), or another writer got in first
    /// (409 Conflict: read the object again and retry). Terminal: bad input, missing
    /// permissions, a missing or taken name, and 410, which needs a fresh list rather than the
    /// same request again.
    public var isRetriable: Bool {
        switch self {
        case .tooManyRequests, .conflict: return true
        case .serverError: return [500, 502, 503, 504].contains(code)
        case .badRequest, .unauthorized, .forbidden, .notFound, .methodNotAllowed, .alreadyExists, .gone, .invalid,
            .other:
            return false
        }
    }

    // MARK: - Building

    /// Classifies a Status: by its reason, else by its code.
    public init(status: Status) {
        let retryAfter = status.details?.retryAfterSeconds.map { Duration.seconds(Int64($0)) }
        switch status.reason {
        case .badRequest?: self = .badRequest(status)
        case .unauthorized?: self = .unauthorized(status)
        case .forbidden?: self = .forbidden(status)
        case .notFound?: self = .notFound(status)
        case .methodNotAllowed?: self = .methodNotAllowed(status)
        case .alreadyExists?: self = .alreadyExists(status)
        case .conflict?: self = .conflict(status)
        case .gone?, .expired?: self = .gone(status)
        case .invalid?: self = .invalid(status)
        case .tooManyRequests?: self = .tooManyRequests(status, retryAfter: retryAfter)
        case .internalError?, .serverTimeout?, .serviceUnavailable?, .timeout?: self = .serverError(status)
        case .notAcceptable?, .requestEntityTooLarge?, .unsupportedMediaType?: self = .other(status)
        case .unknown?, nil:
            switch status.code ?? 0 {
            case 400: self = .badRequest(status)
            case 401: self = .unauthorized(status)
            case 403: self = .forbidden(status)
            case 404: self = .notFound(status)
            case 405: self = .methodNotAllowed(status)
            case 409: self = .conflict(status)
            case 410: self = .gone(status)
            case 422: self = .invalid(status)
            case 429: self = .tooManyRequests(status, retryAfter: retryAfter)
            case 500...599: self = .serverError(status)
            default: self = .other(status)
            }
        }
    }

    /// The error of a non-2xx response. A `Status` body is used as sent (its code set from the
    /// response when missing); any other body (a proxy's HTML, a load balancer's text) becomes a
    /// Status with the reason the HTTP code implies, client-go's wording for that code, and the
    /// body's start as its message, so the error still says what happened.
    init(status httpStatus: Int, headers: [(name: String, value: String)], body: Data) {
        let retryAfterHeader = RetryPolicy.retryAfter(
            header: headers.first { $0.name.caseInsensitiveCompare("Retry-After") == .orderedSame }?.value)
        var status = Self.decodeStatus(body) ?? Self.unexpectedResponse(code: httpStatus, body: body)
        if (status.code ?? 0) == 0 { status.code = Int32(clamping: httpStatus) }
        if let retryAfterHeader {
            var details = status.details ?? StatusDetails()
            details.retryAfterSeconds = Int32(clamping: retryAfterHeader.components.seconds)
            status.details = details
        }
        self.init(status: status)
    }

    /// The error of a watch ERROR event, whose object should be a Status. Anything else (nil
    /// when it did not decode) is reported as a server error quoting the event.
    init(watchErrorStatus status: Status?, body: Data) {
        if let status, status.kind == "Status" {
            self.init(status: status)
        } else {
            self.init(status: Self.unexpectedResponse(code: 500, body: body))
        }
    }

    /// A JSON body of kind `Status`; nil for anything else.
    private static func decodeStatus(_ body: Data) -> Status? {
        guard body.first(where: { !$0.isASCIIWhitespace }) == UInt8(ascii: "{"),
            let status = try? JSONDecoder().decode(Status.self, from: body),
            status.kind == "Status"
        else { return nil }
        return status
    }

    /// apimachinery's `NewGenericServerResponse`: the reason and message a code implies, with
    /// the body kept as the cause.
    private static func unexpectedResponse(code: Int, body: Data) -> Status {
        let reason: StatusReason?
        let message: String
        switch code {
        case 400:
            reason = .badRequest
            message = "the server rejected our request for an unknown reason"
        case 401:
            reason = .unauthorized
            message = "the server has asked for the client to provide credentials"
        case 403:
            reason = .forbidden
            message = "the server does not allow access to the requested resource"
        case 404:
            reason = .notFound
            message = "the server could not find the requested resource"
        case 405:
            reason = .methodNotAllowed
            message = "the server does not allow this method on the requested resource"
        case 409:
            reason = .conflict
            message = "the server reported a conflict"
        case 410:
            reason = .gone
            message = "the server has expired the requested resource"
        case 422:
            reason = .invalid
            message = "the server rejected our request due to an error in our request"
        case 429:
            reason = .tooManyRequests
            message = "the server has received too many requests and has asked us to try again later"
        case 500:
            reason = .internalError
            message = "an error on the server has prevented the request from succeeding"
        case 503:
            reason = .serviceUnavailable
            message = "the server is currently unable to handle the request"
        case 504:
            reason = .timeout
            message =
                "the server was unable to return a response in the time allotted, but may still be processing the request"
        default:
            reason = nil
            message = "the server responded with the status code \(code) but did not return more information"
        }
        let text = preview(body)
        let details = text.isEmpty
            ? nil : StatusDetails(causes: [StatusCause(reason: "UnexpectedServerResponse", message: text)])
        return Status(
            status: Status.failure, message: text.isEmpty ? message : "\(message): \(text)", reason: reason,
            details: details, code: Int32(clamping: code))
    }

    /// The start of a body as one line of text, for a message.
    private static func preview(_ body: Data) -> String {
        let limit = 512
        var text = String(decoding: body.prefix(limit), as: UTF8.self)
            .split(whereSeparator: \.isNewline).joined(separator: " ")
            .trimmingCharacters(in: .whitespaces)
        if body.count > limit { text += "…" }
        return text
    }
}

extension KubeAPIError: CustomStringConvertible {
    /// `NotFound (404): pods "web-0" not found`.
    public var description: String {
        var text = "\(reason.map { $0.rawValue.isEmpty ? "Unknown" : $0.rawValue } ?? "Unknown") (\(code))"
        if !message.isEmpty { text += ": \(message)" }
        if let retryAfter { text += "; retry after \(retryAfter.components.seconds)s" }
        return text
    }
}

extension UInt8 {
    fileprivate var isASCIIWhitespace: Bool {
        self == 0x20 || self == 0x09 || self == 0x0A || self == 0x0D
    }
}
