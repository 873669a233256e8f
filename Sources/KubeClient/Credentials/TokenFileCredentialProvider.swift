import Foundation
import Logging

/// A bearer token read from a file that rotates (a projected service-account token, a
/// kubeconfig `tokenFile`), with client-go's caching: the token is re-read once it is older than
/// the refresh interval, and at once after `invalidate()` (a 401). If a periodic re-read fails
/// the previous token is kept, as client-go keeps it; after a 401 a failed read is an error.
public actor TokenFileCredentialProvider: CredentialProvider {
    /// client-go caches a file token for one minute less a 10-second leeway.
    public static let defaultRefreshInterval: Duration = .seconds(50)

    public nonisolated let path: String
    private let refreshInterval: TimeInterval
    private let now: @Sendable () -> Date
    private var cached: (token: String, readAt: Date)?
    private let logger = Logger(label: "KubeClient.TokenFileCredentialProvider")

    /// - Parameters:
    ///   - refreshInterval: how long a read token is used before the file is read again.
    ///     Default: `defaultRefreshInterval`.
    ///   - now: the clock. Default: the system clock; tests pass their own.
    public init(
        path: String, refreshInterval: Duration = TokenFileCredentialProvider.defaultRefreshInterval,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.path = path
        self.refreshInterval = refreshInterval.timeInterval
        self.now = now
    }

    public func credentials() throws -> RequestCredentials {
        let now = now()
        if let cached {
            let age = now.timeIntervalSince(cached.readAt)
            if age >= 0, age < refreshInterval { return Self.bearer(cached.token) }
        }
        do {
            let token = try readToken()
            cached = (token, now)
            return Self.bearer(token)
        } catch {
            guard let cached else { throw error }
            logger.warning("cannot re-read the bearer token file; using the previous token: \(error)")
            return Self.bearer(cached.token)
        }
    }

    public func invalidate() {
        cached = nil
    }

    private func readToken() throws(CredentialError) -> String {
        let data: Data
        do {
            data = try LocalFile.contents(of: path)
        } catch {
            throw .tokenFileUnreadable(path: path, reason: error.reason)
        }
        let token = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !token.isEmpty else { throw .tokenFileEmpty(path: path) }
        return token
    }

    private static func bearer(_ token: String) -> RequestCredentials {
        RequestCredentials(authorization: "Bearer \(token)")
    }
}
