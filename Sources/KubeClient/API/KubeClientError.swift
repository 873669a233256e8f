/// A failure on the client's side of the wire: a request that cannot be built, or a response
/// that cannot be understood. Errors the API server reports are `KubeAPIError`s.
public enum KubeClientError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The call's arguments cannot form a valid request (an empty name, a name with `/`,
    /// server-side apply without a field manager).
    case invalidArgument(String)
    /// A successful response whose body is not what the call expects.
    case invalidResponse(String)
    /// One watch event exceeded the line-size bound: a hostile or broken server.
    case watchFrameTooLarge(limit: Int)

    public var description: String {
        switch self {
        case let .invalidArgument(message): return "invalid request: \(message)"
        case let .invalidResponse(message): return "invalid response from the API server: \(message)"
        case let .watchFrameTooLarge(limit): return "a watch event is larger than the \(limit)-byte limit"
        }
    }
}
