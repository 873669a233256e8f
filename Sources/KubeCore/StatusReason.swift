/// Why a request failed, in a machine-readable word (`metav1.StatusReason`). Clients switch on
/// it rather than on the HTTP code, which several reasons share.
public enum StatusReason: Sendable, Hashable, RawRepresentable, Codable, CustomStringConvertible {
    /// 401: the request carried no valid credentials.
    case unauthorized
    /// 403: the credentials may not do this.
    case forbidden
    /// 404
    case notFound
    /// 409: a create found the name taken.
    case alreadyExists
    /// 409: an update was based on a stale `resourceVersion`.
    case conflict
    /// 410: the resource is gone for good.
    case gone
    /// 422: the object breaks validation; `details.causes` says where.
    case invalid
    /// 500 class: the server gave up waiting; retry.
    case serverTimeout
    /// 504: the request could not finish in time.
    case timeout
    /// 429: slow down; `details.retryAfterSeconds` says how much.
    case tooManyRequests
    /// 400
    case badRequest
    /// 405
    case methodNotAllowed
    /// 406
    case notAcceptable
    /// 413
    case requestEntityTooLarge
    /// 415
    case unsupportedMediaType
    /// 500
    case internalError
    /// 410: a watch or list `resourceVersion` (or `continue` token) is too old; list again.
    case expired
    /// 503
    case serviceUnavailable
    /// Any other reason, including the empty "unknown" reason Kubernetes sends with
    /// unexpected errors, kept verbatim.
    case unknown(String)

    public init(rawValue: String) {
        switch rawValue {
        case "Unauthorized": self = .unauthorized
        case "Forbidden": self = .forbidden
        case "NotFound": self = .notFound
        case "AlreadyExists": self = .alreadyExists
        case "Conflict": self = .conflict
        case "Gone": self = .gone
        case "Invalid": self = .invalid
        case "ServerTimeout": self = .serverTimeout
        case "Timeout": self = .timeout
        case "TooManyRequests": self = .tooManyRequests
        case "BadRequest": self = .badRequest
        case "MethodNotAllowed": self = .methodNotAllowed
        case "NotAcceptable": self = .notAcceptable
        case "RequestEntityTooLarge": self = .requestEntityTooLarge
        case "UnsupportedMediaType": self = .unsupportedMediaType
        case "InternalError": self = .internalError
        case "Expired": self = .expired
        case "ServiceUnavailable": self = .serviceUnavailable
        default: self = .unknown(rawValue)
        }
    }

    public var rawValue: String {
        switch self {
        case .unauthorized: return "Unauthorized"
        case .forbidden: return "Forbidden"
        case .notFound: return "NotFound"
        case .alreadyExists: return "AlreadyExists"
        case .conflict: return "Conflict"
        case .gone: return "Gone"
        case .invalid: return "Invalid"
        case .serverTimeout: return "ServerTimeout"
        case .timeout: return "Timeout"
        case .tooManyRequests: return "TooManyRequests"
        case .badRequest: return "BadRequest"
        case .methodNotAllowed: return "MethodNotAllowed"
        case .notAcceptable: return "NotAcceptable"
        case .requestEntityTooLarge: return "RequestEntityTooLarge"
        case .unsupportedMediaType: return "UnsupportedMediaType"
        case .internalError: return "InternalError"
        case .expired: return "Expired"
        case .serviceUnavailable: return "ServiceUnavailable"
        case let .unknown(raw): return raw
        }
    }

    public var description: String { rawValue }

    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
