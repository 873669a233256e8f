import Foundation
import Testing

@testable import KubeClient

@Suite struct TLSTests {
    private static let ok: TestServer.Handler = { _ in .text("secure") }

    /// A transport that trusts `authority`'s CA and presents the client certificate of `client`.
    private static func transport(
        trusting authority: TestCertificates, presentingClientOf client: TestCertificates
    ) throws -> CurlTransport {
        try CurlTransport(
            tls: TLSSettings(
                certificateAuthorityPEM: authority.authorityPEM, clientCertificatePEM: client.client.certificateData,
                clientKeyPEM: client.client.privateKeyData))
    }

    @Test(arguments: ["127.0.0.1", "localhost"])
    func trustedAuthoritySucceeds(host: String) async throws {
        let pki = try TestCertificates()
        try await TestServer.run(tls: .init(server: pki.server), handler: Self.ok) { server in
            let transport = try CurlTransport(tls: TLSSettings(certificateAuthorityPEM: pki.authorityPEM))
            let url = try #require(URL(string: "https://\(host):\(server.port)/version"))
            let response = try await transport.send(HTTPRequest(method: "GET", url: url))
            #expect(response.status == 200)
            #expect(String(decoding: response.body, as: UTF8.self) == "secure")
        }
    }

    @Test func unknownAuthorityFailsVerification() async throws {
        let pki = try TestCertificates()
        let stranger = try TestCertificates()
        try await TestServer.run(tls: .init(server: pki.server), handler: Self.ok) { server in
            let transport = try CurlTransport(tls: TLSSettings(certificateAuthorityPEM: stranger.authorityPEM))
            let error = await #expect(throws: TransportError.self) {
                try await transport.send(HTTPRequest(method: "GET", url: server.url.appending(path: "version")))
            }
            #expect(error?.kind == .tlsVerificationFailed)
            #expect(error?.isRetriable == false)
            #expect(server.requests.isEmpty)
        }
    }

    @Test func insecureSkipVerifyAcceptsAnUnknownAuthority() async throws {
        let pki = try TestCertificates()
        let stranger = try TestCertificates()
        try await TestServer.run(tls: .init(server: pki.server), handler: Self.ok) { server in
            let transport = try CurlTransport(
                tls: TLSSettings(certificateAuthorityPEM: stranger.authorityPEM, insecureSkipVerify: true))
            let response = try await transport.send(HTTPRequest(method: "GET", url: server.url.appending(path: "version")))
            #expect(response.status == 200)
        }
    }

    @Test func requiredClientCertificateIsPresented() async throws {
        let pki = try TestCertificates(clientCommonName: "system:admin")
        let tls = TestServer.TLS(server: pki.server, requiringClientsSignedBy: pki.authority.certificatePEM)
        try await TestServer.run(tls: tls, handler: Self.ok) { server in
            let transport = try Self.transport(trusting: pki, presentingClientOf: pki)
            let response = try await transport.send(HTTPRequest(method: "GET", url: server.url.appending(path: "version")))
            #expect(response.status == 200)
            #expect(server.requests.first?.clientCertificateSubject == "CN=system:admin")
        }
    }

    @Test func missingClientCertificateIsRejected() async throws {
        let pki = try TestCertificates()
        let tls = TestServer.TLS(server: pki.server, requiringClientsSignedBy: pki.authority.certificatePEM)
        try await TestServer.run(tls: tls, handler: Self.ok) { server in
            let transport = try CurlTransport(tls: TLSSettings(certificateAuthorityPEM: pki.authorityPEM))
            let error = await #expect(throws: TransportError.self) {
                try await transport.send(HTTPRequest(method: "GET", url: server.url.appending(path: "version")))
            }
            #expect(error?.kind == .tlsFailed)
            #expect(server.requests.isEmpty)
        }
    }

    @Test func clientCertificateFromAnotherAuthorityIsRejected() async throws {
        let pki = try TestCertificates()
        let stranger = try TestCertificates()
        let tls = TestServer.TLS(server: pki.server, requiringClientsSignedBy: pki.authority.certificatePEM)
        try await TestServer.run(tls: tls, handler: Self.ok) { server in
            let transport = try Self.transport(trusting: pki, presentingClientOf: stranger)
            let error = await #expect(throws: TransportError.self) {
                try await transport.send(HTTPRequest(method: "GET", url: server.url.appending(path: "version")))
            }
            #expect(error?.kind == .tlsFailed)
            #expect(server.requests.isEmpty)
        }
    }

    /// An exec credential plugin may return a certificate for one request; it replaces the
    /// configured pair, and connections made with different certificates are not shared.
    @Test func perRequestClientCertificateOverridesTheConfiguredOne() async throws {
        let pki = try TestCertificates(clientCommonName: "from-exec-plugin")
        let stranger = try TestCertificates()
        let tls = TestServer.TLS(server: pki.server, requiringClientsSignedBy: pki.authority.certificatePEM)
        try await TestServer.run(tls: tls, handler: Self.ok) { server in
            // The configured pair would be rejected; the request's own pair is accepted.
            let transport = try Self.transport(trusting: pki, presentingClientOf: stranger)
            var request = HTTPRequest(method: "GET", url: server.url.appending(path: "version"))
            request.clientCertificatePEM = pki.client.certificateData
            request.clientKeyPEM = pki.client.privateKeyData
            let response = try await transport.send(request)
            #expect(response.status == 200)
            #expect(server.requests.first?.clientCertificateSubject == "CN=from-exec-plugin")

            // The next request without an override does not ride the connection the
            // override's certificate authenticated.
            await #expect(throws: TransportError.self) {
                try await transport.send(HTTPRequest(method: "GET", url: server.url.appending(path: "version")))
            }
            #expect(server.requests.count == 1)
        }
    }

    @Test func serverNameOverridesTheURLHostForVerification() async throws {
        let pki = try TestCertificates(serverDNSNames: ["kubernetes.local"], serverIPAddresses: [])
        try await TestServer.run(tls: .init(server: pki.server), handler: Self.ok) { server in
            let url = server.url.appending(path: "version")  // https://127.0.0.1:<port>, not in the certificate

            let plain = try CurlTransport(tls: TLSSettings(certificateAuthorityPEM: pki.authorityPEM))
            let mismatch = await #expect(throws: TransportError.self) {
                try await plain.send(HTTPRequest(method: "GET", url: url))
            }
            #expect(mismatch?.kind == .tlsVerificationFailed)

            let named = try CurlTransport(
                tls: TLSSettings(certificateAuthorityPEM: pki.authorityPEM, serverName: "kubernetes.local"))
            let response = try await named.send(HTTPRequest(method: "GET", url: url))
            #expect(response.status == 200)
            let received = try #require(server.requests.first)
            #expect(received.uri == "/version")
            // As with client-go, only TLS uses the server name; Host names the URL's server.
            #expect(received.header("Host") == "127.0.0.1:\(server.port)")
        }
    }

    @Test func streamingOverTLS() async throws {
        let pki = try TestCertificates()
        try await TestServer.run(
            tls: .init(server: pki.server),
            handler: { _ in .chunked(chunks: [.init("a\n"), .init("b\n", after: .milliseconds(50))]) }
        ) { server in
            let transport = try CurlTransport(tls: TLSSettings(certificateAuthorityPEM: pki.authorityPEM))
            let response = try await transport.stream(HTTPRequest(method: "GET", url: server.url.appending(path: "watch")))
            var body = Data()
            for try await chunk in response.body { body.append(chunk) }
            #expect(String(decoding: body, as: UTF8.self) == "a\nb\n")
        }
    }
}
