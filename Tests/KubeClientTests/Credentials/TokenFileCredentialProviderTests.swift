import Foundation
import KubeClient
import Testing

/// Token-file caching, re-reading and errors, with a clock the test moves.
@Suite struct TokenFileCredentialProviderTests {
    let dir: ConfigFixtureDirectory
    let clock = DateClock()

    init() throws {
        dir = try ConfigFixtureDirectory()
    }

    private func provider(refreshInterval: Duration = TokenFileCredentialProvider.defaultRefreshInterval)
        -> TokenFileCredentialProvider
    {
        let clock = clock
        return TokenFileCredentialProvider(path: dir.file("token"), refreshInterval: refreshInterval) { clock.now }
    }

    @Test func readsAndTrimsTheToken() async throws {
        try dir.write("token", "\n  eyJhbGciOi.payload.sig \r\n")
        #expect(try await provider().credentials() == RequestCredentials(authorization: "Bearer eyJhbGciOi.payload.sig"))
    }

    @Test func cachesUntilTheRefreshInterval() async throws {
        try dir.write("token", "first")
        let provider = provider()
        #expect(try await provider.credentials().authorization == "Bearer first")
        try dir.write("token", "second")
        clock.advance(by: 49)
        #expect(try await provider.credentials().authorization == "Bearer first")
        clock.advance(by: 2)
        #expect(try await provider.credentials().authorization == "Bearer second")
    }

    @Test func honoursACustomRefreshInterval() async throws {
        try dir.write("token", "first")
        let provider = provider(refreshInterval: .seconds(5))
        _ = try await provider.credentials()
        try dir.write("token", "second")
        clock.advance(by: 6)
        #expect(try await provider.credentials().authorization == "Bearer second")
    }

    @Test func invalidateRereadsAtOnce() async throws {
        try dir.write("token", "first")
        let provider = provider()
        _ = try await provider.credentials()
        try dir.write("token", "second")
        await provider.invalidate()
        #expect(try await provider.credentials().authorization == "Bearer second")
    }

    @Test func missingFile() async throws {
        let error = await #expect(throws: CredentialError.self) { try await provider().credentials() }
        #expect(error == .tokenFileUnreadable(path: dir.file("token"), reason: "No such file or directory"))
        #expect(error?.description == "cannot read bearer token file \(dir.file("token")): No such file or directory")
    }

    @Test func emptyFile() async throws {
        try dir.write("token", " \n\t")
        let error = await #expect(throws: CredentialError.self) { try await provider().credentials() }
        #expect(error == .tokenFileEmpty(path: dir.file("token")))
        #expect(error?.description == "bearer token file \(dir.file("token")) is empty; it must hold the token")
    }

    @Test func failedPeriodicRereadKeepsThePreviousTokenButNotAfterA401() async throws {
        try dir.write("token", "first")
        let provider = provider()
        _ = try await provider.credentials()
        try FileManager.default.removeItem(atPath: dir.file("token"))
        clock.advance(by: 120)
        // client-go keeps the token it has when a periodic re-read fails.
        #expect(try await provider.credentials().authorization == "Bearer first")
        // After the server rejected it, the old token is of no use: the failure is reported.
        await provider.invalidate()
        await #expect(throws: CredentialError.tokenFileUnreadable(path: dir.file("token"), reason: "No such file or directory")) {
            try await provider.credentials()
        }
    }
}
