import Foundation

extension ClientConfiguration {
    /// Requests go over plain `http://` to a host other than loopback.
    var sendsInTheClear: Bool { server.sendsInTheClear }

    /// Refuses credentials that would travel in the clear. client-go's `clientcmd` silently
    /// drops the user's credentials for any `http://` server (kubernetes/kubectl#744), which
    /// leaves the user puzzling over 401s; an error that says why is kinder, and loopback stays
    /// allowed because a local test server never exposes the token to a network.
    ///
    /// - Parameter field: the kubeconfig field the credential comes from, when there is one.
    func checkCredentialsAreProtected(field: ConfigError.Field? = nil) throws(ConfigError) {
        guard sendsInTheClear, let credential = credentials.name else { return }
        throw ConfigError.credentialsOverPlainHTTP(server: server.absoluteString, credential: credential, field: field)
    }
}

extension CredentialSource {
    /// What the credential is, for an error message; nil for no credential.
    var name: String? {
        switch self {
        case .none: return nil
        case .bearerToken: return "bearer token"
        case .tokenFile: return "bearer token file"
        case .basic: return "username and password"
        case .exec: return "exec credential plugin's credentials"
        }
    }
}
