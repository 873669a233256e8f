import Foundation
import KubeCore
import Synchronization
import Testing

@testable import KubeClient

@Suite struct RetryPolicyTests {
    private let policy = RetryPolicy(
        maxRetries: 3, initialBackoff: .milliseconds(100), maxBackoff: .seconds(1), maxRetryAfter: .seconds(30))

    // MARK: Decisions

    @Test(arguments: ["GET", "POST", "PUT", "PATCH", "DELETE"])
    func tooManyRequestsIsRetriedForEveryVerbAfterRetryAfter(method: String) {
        let delay = policy.delay(
            method: method, failure: .response(status: 429, retryAfter: .seconds(2)), retriesSoFar: 0)
        #expect(delay == .seconds(2))
    }

    @Test func tooManyRequestsWithoutRetryAfterBacksOff() throws {
        let delay = try #require(
            policy.delay(method: "POST", failure: .response(status: 429, retryAfter: nil), retriesSoFar: 0))
        #expect(delay >= .milliseconds(50) && delay <= .milliseconds(100))
    }

    @Test func serverErrorWithRetryAfterIsRetriedForEveryVerb() {
        let delay = policy.delay(
            method: "POST", failure: .response(status: 503, retryAfter: .seconds(1)), retriesSoFar: 0)
        #expect(delay == .seconds(1))
    }

    @Test(arguments: [500, 502, 503, 504])
    func serverErrorWithoutRetryAfterIsRetriedOnlyForIdempotentVerbs(status: Int) {
        for method in ["GET", "HEAD", "PUT", "DELETE", "OPTIONS", "get"] {
            #expect(
                policy.delay(method: method, failure: .response(status: status, retryAfter: nil), retriesSoFar: 0) != nil,
                "\(method) \(status)")
        }
        for method in ["POST", "PATCH"] {
            #expect(
                policy.delay(method: method, failure: .response(status: status, retryAfter: nil), retriesSoFar: 0) == nil,
                "\(method) \(status)")
        }
    }

    @Test(arguments: [400, 401, 403, 404, 409, 410, 422, 501, 505])
    func otherStatusesAreNeverRetried(status: Int) {
        #expect(policy.delay(method: "GET", failure: .response(status: status, retryAfter: nil), retriesSoFar: 0) == nil)
    }

    @Test func retriableTransportErrorsAreRetriedOnlyForIdempotentVerbs() {
        #expect(policy.delay(method: "GET", failure: .transport(retriable: true), retriesSoFar: 0) != nil)
        #expect(policy.delay(method: "DELETE", failure: .transport(retriable: true), retriesSoFar: 0) != nil)
        #expect(policy.delay(method: "POST", failure: .transport(retriable: true), retriesSoFar: 0) == nil)
        #expect(policy.delay(method: "GET", failure: .transport(retriable: false), retriesSoFar: 0) == nil)
    }

    @Test func retriesStopAtMaxRetries() {
        let failure = RetryPolicy.Failure.response(status: 429, retryAfter: .zero)
        #expect(policy.delay(method: "GET", failure: failure, retriesSoFar: 2) != nil)
        #expect(policy.delay(method: "GET", failure: failure, retriesSoFar: 3) == nil)
        let none = RetryPolicy(maxRetries: 0)
        #expect(none.delay(method: "GET", failure: failure, retriesSoFar: 0) == nil)
    }

    @Test func aRetryAfterLongerThanTheBoundIsNotWaitedOut() {
        #expect(policy.delay(method: "GET", failure: .response(status: 429, retryAfter: .seconds(31)), retriesSoFar: 0) == nil)
        #expect(policy.delay(method: "GET", failure: .response(status: 429, retryAfter: .seconds(30)), retriesSoFar: 0) == .seconds(30))
    }

    @Test func theClientsDefaultPolicyTakesMaxRetriesFromTheConfiguration() throws {
        var configuration = ClientConfiguration(server: try #require(URL(string: "http://127.0.0.1:1")))
        configuration.maxRetries = 5
        let client = KubeAPIClient(
            configuration: configuration, transport: try CurlTransport(), credentialProvider: StaticCredentialProvider.none)
        #expect(client.retryPolicy.maxRetries == 5)
    }

    // MARK: Backoff

    @Test func backoffDoublesWithJitterAndIsCapped() {
        for _ in 0..<200 {
            let first = policy.backoff(afterRetries: 0)
            let second = policy.backoff(afterRetries: 1)
            let third = policy.backoff(afterRetries: 2)
            let late = policy.backoff(afterRetries: 40)
            #expect(first >= .milliseconds(50) && first <= .milliseconds(100))
            #expect(second >= .milliseconds(100) && second <= .milliseconds(200))
            #expect(third >= .milliseconds(200) && third <= .milliseconds(400))
            #expect(late >= .milliseconds(500) && late <= .seconds(1))
        }
    }

    @Test func backoffIsJittered() {
        let draws = Set((0..<50).map { _ in policy.backoff(afterRetries: 3) })
        #expect(draws.count > 1)
    }

    // MARK: Retry-After header

    @Test func retryAfterHeaderIsReadAsSeconds() {
        #expect(RetryPolicy.retryAfter(header: "2") == .seconds(2))
        #expect(RetryPolicy.retryAfter(header: " 7 ") == .seconds(7))
        #expect(RetryPolicy.retryAfter(header: "0") == .zero)
    }

    @Test(arguments: [nil, "", "soon", "-1", "1.5", "Wed, 21 Oct 2015 07:28:00 GMT", "99999999999999999999999"])
    func unreadableRetryAfterHeadersCountAsAbsent(header: String?) {
        #expect(RetryPolicy.retryAfter(header: header) == nil)
    }

    // MARK: - Over HTTP

    private let configMaps = GroupVersionResource(group: "", version: "v1", resource: "configmaps")
    private static let configMap = #"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"settings"}}"#

    /// Answers the first `failures` requests with `failure`, then with `success`.
    private static func failing(_ failures: Int, with failure: TestResponse, then success: TestResponse) -> TestServer.Handler {
        let count = Mutex(0)
        return { _ in
            let attempt = count.withLock { count in
                count += 1
                return count
            }
            return attempt <= failures ? failure : success
        }
    }

    @Test func tooManyRequestsWaitsForRetryAfterThenSucceeds() async throws {
        let throttled = TestResponse.json(StatusBodies.tooManyRequests, status: 429, headers: [("Retry-After", "1")])
        try await withAPIServer(handler: Self.failing(1, with: throttled, then: .json(Self.configMap))) { server, client in
            let clock = ContinuousClock()
            let start = clock.now
            let object = try await client.resource(configMaps, namespace: "default").get("settings")
            let elapsed = clock.now - start
            #expect(object["metadata"]?["name"] == "settings")
            #expect(server.requests.count == 2)
            #expect(elapsed >= .milliseconds(900), "waited \(elapsed), less than the server's Retry-After")
        }
    }

    @Test func tooManyRequestsIsRetriedForPostsToo() async throws {
        let throttled = TestResponse.json(StatusBodies.tooManyRequests, status: 429, headers: [("Retry-After", "0")])
        try await withAPIServer(handler: Self.failing(2, with: throttled, then: .json(Self.configMap, status: 201))) {
            server, client in
            _ = try await client.resource(configMaps, namespace: "default").create(try parsedJSON(Self.configMap))
            #expect(server.requests.map(\.method) == ["POST", "POST", "POST"])
            #expect(server.requests.allSatisfy { $0.bodyText == Self.configMap })
        }
    }

    @Test func retriesAreBoundedByMaxRetries() async throws {
        let throttled = TestResponse.json(StatusBodies.tooManyRequests, status: 429, headers: [("Retry-After", "0")])
        try await withAPIServer(
            retryPolicy: RetryPolicy(maxRetries: 2, initialBackoff: .milliseconds(1)), handler: { _ in throttled }
        ) { server, client in
            await #expect {
                try await client.resource(configMaps, namespace: "default").get("settings")
            } throws: { error in
                guard case KubeAPIError.tooManyRequests(_, retryAfter: .zero?) = error else { return false }
                return true
            }
            #expect(server.requests.count == 3)
        }
    }

    @Test func aRetryAfterBeyondTheBoundIsLeftToTheCaller() async throws {
        let throttled = TestResponse.json(StatusBodies.tooManyRequests, status: 429, headers: [("Retry-After", "120")])
        try await withAPIServer(handler: { _ in throttled }) { server, client in
            await #expect {
                try await client.resource(configMaps, namespace: "default").get("settings")
            } throws: { error in
                (error as? KubeAPIError)?.retryAfter == .seconds(120)
            }
            #expect(server.requests.count == 1)
        }
    }

    @Test func serviceUnavailableIsRetriedForGet() async throws {
        let unavailable = TestResponse.json(StatusBodies.serviceUnavailable, status: 503)
        try await withAPIServer(handler: Self.failing(2, with: unavailable, then: .json(Self.configMap))) { server, client in
            _ = try await client.resource(configMaps, namespace: "default").get("settings")
            #expect(server.requests.count == 3)
        }
    }

    @Test func serviceUnavailableIsNotRetriedForPost() async throws {
        let unavailable = TestResponse.json(StatusBodies.serviceUnavailable, status: 503)
        try await withAPIServer(handler: Self.failing(1, with: unavailable, then: .json(Self.configMap, status: 201))) {
            server, client in
            await #expect {
                try await client.resource(configMaps, namespace: "default").create(try parsedJSON(Self.configMap))
            } throws: { error in
                guard case KubeAPIError.serverError = error else { return false }
                return true
            }
            #expect(server.requests.count == 1)
        }
    }

    @Test func internalErrorIsNotRetriedForPatch() async throws {
        let failed = TestResponse.json(StatusBodies.internalError, status: 500)
        try await withAPIServer(handler: Self.failing(1, with: failed, then: .json(Self.configMap))) { server, client in
            await #expect(throws: KubeAPIError.self) {
                try await client.resource(configMaps, namespace: "default").patch(
                    "settings", type: .merge, body: ["data": ["a": "b"]])
            }
            #expect(server.requests.count == 1)
        }
    }

    @Test func aServerErrorWithRetryAfterIsRetriedForPost() async throws {
        let unavailable = TestResponse.json(StatusBodies.serviceUnavailable, status: 503, headers: [("Retry-After", "0")])
        try await withAPIServer(handler: Self.failing(1, with: unavailable, then: .json(Self.configMap, status: 201))) {
            server, client in
            _ = try await client.resource(configMaps, namespace: "default").create(try parsedJSON(Self.configMap))
            #expect(server.requests.count == 2)
        }
    }

    @Test func aRefusedConnectionIsRetriedForGetButNotForPost() async throws {
        let closed = try ClosedPort()
        var configuration = ClientConfiguration(server: try #require(URL(string: "http://127.0.0.1:\(closed.port)")))
        configuration.maxRetries = 2
        let transport = RecordingTransport(try CurlTransport(configuration: configuration))
        let client = KubeAPIClient(
            configuration: configuration, transport: transport, credentialProvider: StaticCredentialProvider.none,
            retryPolicy: RetryPolicy(maxRetries: 2, initialBackoff: .milliseconds(1), maxBackoff: .milliseconds(5)))
        await #expect {
            try await client.resource(configMaps, namespace: "default").get("settings")
        } throws: { error in
            (error as? TransportError)?.kind == .connectionRefused
        }
        #expect(transport.requests.count == 3)
        await #expect(throws: TransportError.self) {
            try await client.resource(configMaps, namespace: "default").create(try parsedJSON(Self.configMap))
        }
        #expect(transport.requests.count == 4)
        withExtendedLifetime(closed) {}
    }
}
