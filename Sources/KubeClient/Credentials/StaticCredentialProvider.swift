import Foundation

/// Credentials that never change: none, a fixed bearer token, or basic auth.
public struct StaticCredentialProvider: CredentialProvider {
    public let requestCredentials: RequestCredentials

    public init(_ requestCredentials: RequestCredentials = RequestCredentials()) {
        self.requestCredentials = requestCredentials
    }

    /// No `Authorization` header (anonymous, or a client certificate from the TLS settings).
    public static let none = StaticCredentialProvider()

    public static func bearerToken(_ token: String) -> StaticCredentialProvider {
        StaticCredentialProvider(RequestCredentials(authorization: "Bearer \(token)"))
    }

    public static func basic(username: String, password: String) -> StaticCredentialProvider {
        let encoded = Data("\(username):\(password)".utf8).base64EncodedString()
        return StaticCredentialProvider(RequestCredentials(authorization: "Basic \(encoded)"))
    }

    public func credentials() async throws -> RequestCredentials { requestCredentials }

    /// Nothing to refresh: a fixed credential that the server rejects stays rejected.
    public func invalidate() async {}
}
