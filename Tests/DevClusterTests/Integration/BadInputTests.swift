import TestSupport
import Foundation
import KubeClient
import KubeCore
import Testing

/// Malformed and hostile requests get a Status with the right code and reason, and the server
/// keeps serving.
@Suite struct BadInputTests {
    private func status(
        _ fixture: DevClusterFixture, _ method: String, _ path: String, query: [(name: String, value: String)] = [],
        body: String? = nil, contentType: String = "application/json"
    ) async -> Status? {
        do {
            _ = try await fixture.client.request(
                method: method, path: path, query: query, body: body.map { Data($0.utf8) }, contentType: contentType)
            return nil
        } catch let error as KubeAPIError {
            return error.status
        } catch {
            return nil
        }
    }

    private let collection = "/api/v1/namespaces/default/configmaps"

    @Test func malformedBodies() async throws {
        try await withDevCluster { fixture in
            let cases: [(String, Int32, String)] = [
                ("{not json", 400, "ConfigMap in version \"v1\" cannot be handled as a ConfigMap: json: "),
                ("[1, 2]", 400, "the body must be a JSON object, not array"),
                (#"{"apiVersion":"v1","metadata":{"name":"x"}}"#, 400, "Object 'Kind' is missing in"),
                (#"{"apiVersion":"v1","kind":"Secret","metadata":{"name":"x"}}"#, 400, "the kind in the data (Secret) does not match the expected kind (ConfigMap)"),
                (#"{"apiVersion":"v2","kind":"ConfigMap","metadata":{"name":"x"}}"#, 400, "does not match the expected API version"),
                (#"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"x","namespace":"other"}}"#, 400, "does not match the namespace sent on the request"),
                (#"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"Bad_Name"}}"#, 422, "metadata.name: Invalid value: \"Bad_Name\": a lowercase RFC 1123 subdomain"),
                (#"{"apiVersion":"v1","kind":"ConfigMap","metadata":{}}"#, 422, "metadata.name: Required value: name or generateName is required"),
                (#"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"x","labels":{"a b":"c"}}}"#, 422, "metadata.labels: Invalid value: \"a b\""),
                ("", 400, "the body of the request is empty"),
            ]
            for (body, code, message) in cases {
                let answer = await status(fixture, "POST", collection, body: body)
                #expect(answer?.code == code, "\(body)")
                #expect(answer?.message?.contains(message) == true, "\(body) → \(answer?.message ?? "nil")")
            }
            let stored = try await fixture.configMaps.list().items
            #expect(stored.isEmpty, "nothing refused was stored")
        }
    }

    @Test func hostileBodies() async throws {
        try await withDevCluster { fixture in
            let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
            let nested = await status(fixture, "POST", collection, body: #"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"x"},"data":"# + deep + "}")
            #expect(nested?.code == 400)
            let huge = String(repeating: "a", count: 4 * 1024 * 1024)
            let large = await status(fixture, "POST", collection, body: #"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"x"},"data":{"a":""# + huge + #""}}"#)
            #expect(large?.code == 413 && large?.reason == .requestEntityTooLarge)
            let bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + (1...12).map { "b\($0): &b\($0) [*\($0 == 1 ? "a" : "b\($0 - 1)"), *\($0 == 1 ? "a" : "b\($0 - 1)"), *\($0 == 1 ? "a" : "b\($0 - 1)"), *\($0 == 1 ? "a" : "b\($0 - 1)"), *\($0 == 1 ? "a" : "b\($0 - 1)"), *\($0 == 1 ? "a" : "b\($0 - 1)"), *\($0 == 1 ? "a" : "b\($0 - 1)"), *\($0 == 1 ? "a" : "b\($0 - 1)"), *\($0 == 1 ? "a" : "b\($0 - 1)")]" }.joined(separator: "\n")
            let yamlBomb = await status(fixture, "POST", collection, body: bomb, contentType: "application/yaml")
            #expect(yamlBomb?.code == 400)
            _ = try await fixture.configMaps.create(configMap("still-serving"))
        }
    }

    @Test func wrongVerbsPathsAndMediaTypes() async throws {
        try await withDevCluster { fixture in
            let missing = await status(fixture, "GET", "/apis/example.com/v1/widgets")
            #expect(missing?.code == 404 && missing?.reason == .notFound)
            let notAResource = await status(fixture, "GET", "/api/v1/namespaces/default/configmaps/x/nonsense")
            #expect(notAResource?.code == 404)
            let post = await status(fixture, "POST", collection + "/x", body: "{}")
            #expect(post?.code == 405 && post?.reason == .methodNotAllowed)
            _ = try await fixture.configMaps.create(configMap("x"))
            let patch = await status(fixture, "PATCH", collection + "/x", body: "{}", contentType: "text/plain")
            #expect(patch?.code == 415 && patch?.reason == .unsupportedMediaType)
            let badPatch = await status(fixture, "PATCH", collection + "/x", body: #"[{"op":"test","path":"/data/a","value":"b"}]"#, contentType: "application/json-patch+json")
            #expect(badPatch?.code == 422)
            let selector = await status(fixture, "GET", collection, query: [("labelSelector", "a in (b")])
            #expect(selector?.code == 400)
            let field = await status(fixture, "GET", collection, query: [("fieldSelector", "spec.nothing=x")])
            #expect(field?.code == 400 && field?.message == "field label not supported: spec.nothing")
            let dryRun = await status(fixture, "POST", collection, query: [("dryRun", "Maybe")], body: "{}")
            #expect(dryRun?.code == 400)
        }
    }

    @Test func requestsWithoutTheTokenAreUnauthorized() async throws {
        try await withDevCluster { fixture in
            var configuration = ClientConfiguration(server: URL(string: fixture.cluster.url)!)
            configuration.tls.certificateAuthorityPEM = Data(fixture.cluster.certificates.authorityPEM.utf8)
            let anonymous = KubeAPIClient(
                configuration: configuration, transport: try CurlTransport(configuration: configuration),
                credentialProvider: StaticCredentialProvider.none, retryPolicy: RetryPolicy(maxRetries: 0))
            await #expect { _ = try await anonymous.request(method: "GET", path: "/api/v1/namespaces") } throws: { error in
                guard case KubeAPIError.unauthorized(let status) = error else { return false }
                return status.code == 401
            }
            let version = try await anonymous.request(method: "GET", path: "/version")
            #expect(version.status == 200, "/version is public, as on kube-apiserver")
        }
    }

    @Test func tokensThatDifferOnlyAtTheEndAreUnauthorized() async throws {
        try await withDevCluster { fixture in
            let token = fixture.cluster.token
            for wrong in [String(token.dropLast()), token + "0", String(token.dropLast()) + "-"] {
                var configuration = ClientConfiguration(server: URL(string: fixture.cluster.url)!)
                configuration.tls.certificateAuthorityPEM = Data(fixture.cluster.certificates.authorityPEM.utf8)
                let client = KubeAPIClient(
                    configuration: configuration, transport: try CurlTransport(configuration: configuration),
                    credentialProvider: StaticCredentialProvider.bearerToken(wrong), retryPolicy: RetryPolicy(maxRetries: 0))
                await #expect("token \(wrong)") { _ = try await client.request(method: "GET", path: "/api/v1/namespaces") } throws: { error in
                    guard case KubeAPIError.unauthorized = error else { return false }
                    return true
                }
            }
        }
    }

    @Test func requestsBeyondTheInFlightLimitGet429WithRetryAfter() async throws {
        try await withDevCluster(.init(simulation: false, maxMutatingRequestsInFlight: 0)) { fixture in
            let refused = await status(fixture, "POST", collection, body: #"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"x"}}"#)
            #expect(refused?.code == 429 && refused?.reason == .tooManyRequests && refused?.details?.retryAfterSeconds == 1)
            let listed = try await fixture.configMaps.list().items
            #expect(listed.isEmpty, "reads have their own limit")
        }
    }
}
