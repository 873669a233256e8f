extension ClientConfiguration {
    /// The provider for `credentials`: a fixed header for none, a token or basic auth; a
    /// re-reading provider for a token file; a plugin runner for exec. Build it once per
    /// configuration and share it, so that cached tokens and plugin runs are shared too.
    public func credentialProvider() -> any CredentialProvider {
        switch credentials {
        case .none:
            return StaticCredentialProvider.none
        case let .bearerToken(token):
            return StaticCredentialProvider.bearerToken(token)
        case let .basic(username, password):
            return StaticCredentialProvider.basic(username: username, password: password)
        case let .tokenFile(path):
            return TokenFileCredentialProvider(path: path)
        case let .exec(config):
            return ExecCredentialProvider(config: config, cluster: self)
        }
    }
}
