import KubeClient

extension CredentialSource {
    /// A short, comparable summary for assertions (the enum is not Equatable).
    var summary: String {
        switch self {
        case .none: return "none"
        case let .bearerToken(token): return "bearer \(token)"
        case let .tokenFile(path): return "tokenFile \(path)"
        case let .basic(username, password): return "basic \(username):\(password)"
        case let .exec(config): return "exec \(config.command)"
        }
    }
}
