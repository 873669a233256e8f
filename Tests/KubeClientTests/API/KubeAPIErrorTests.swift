import Foundation
import KubeCore
import Testing

@testable import KubeClient

@Suite struct KubeAPIErrorTests {
    private let pods = GroupVersionResource(group: "", version: "v1", resource: "pods")
    /// No retries, so that each error comes back from exactly one response.
    private let noRetries = RetryPolicy(maxRetries: 0)

    /// The error a GET gets when the server answers `status` with `body`.
    private func apiError(
        status: Int, body: String, contentType: String = "application/json", headers: [(name: String, value: String)] = []
    ) async throws -> KubeAPIError {
        let response = TestResponse.full(
            status: status, headers: [("Content-Type", contentType)] + headers, body: Data(body.utf8))
        return try await withAPIServer(retryPolicy: noRetries, handler: { _ in response }) { _, client in
            do {
                _ = try await client.resource(pods, namespace: "default").get("web-0")
            } catch let error as KubeAPIError {
                return error
            }
            throw UnexpectedOutcome("the request succeeded")
        }
    }

    // MARK: - Real API server bodies

    @Test func notFound() async throws {
        let error = try await apiError(status: 404, body: StatusBodies.notFound)
        guard case let .notFound(status) = error else { throw UnexpectedOutcome("\(error)") }
        #expect(status.details?.name == "web-0")
        #expect(error.code == 404)
        #expect(error.reason == .notFound)
        #expect(error.message == #"pods "web-0" not found"#)
        #expect(!error.isRetriable)
        #expect(error.description == #"NotFound (404): pods "web-0" not found"#)
    }

    @Test func alreadyExistsAndConflictShareACodeButNotACase() async throws {
        let exists = try await apiError(status: 409, body: StatusBodies.alreadyExists)
        guard case .alreadyExists = exists else { throw UnexpectedOutcome("\(exists)") }
        #expect(!exists.isRetriable)
        let conflict = try await apiError(status: 409, body: StatusBodies.conflict)
        guard case .conflict = conflict else { throw UnexpectedOutcome("\(conflict)") }
        #expect(conflict.code == 409)
        #expect(conflict.message.hasSuffix("please apply your changes to the latest version and try again"))
        #expect(conflict.isRetriable)
    }

    @Test func invalidCarriesItsFieldCauses() async throws {
        let error = try await apiError(status: 422, body: StatusBodies.invalid)
        guard case .invalid = error else { throw UnexpectedOutcome("\(error)") }
        #expect(
            error.causes == [
                StatusCause(reason: "FieldValueInvalid", message: "Invalid value: -1: must be greater than or equal to 0", field: "spec.replicas"),
                StatusCause(reason: "FieldValueRequired", message: "Required value", field: "spec.template.spec.containers"),
            ])
        #expect(error.status.details?.group == "apps")
        #expect(!error.isRetriable)
    }

    @Test func expiredIsGone() async throws {
        let error = try await apiError(status: 410, body: StatusBodies.expired)
        guard case .gone = error else { throw UnexpectedOutcome("\(error)") }
        #expect(error.reason == .expired)
        #expect(!error.isRetriable)
    }

    @Test func forbidden() async throws {
        let error = try await apiError(status: 403, body: StatusBodies.forbidden)
        guard case .forbidden = error else { throw UnexpectedOutcome("\(error)") }
        #expect(error.message.contains(#"cannot list resource "pods""#))
        #expect(!error.isRetriable)
    }

    @Test func unauthorized() async throws {
        let error = try await apiError(status: 401, body: StatusBodies.unauthorized)
        guard case .unauthorized = error else { throw UnexpectedOutcome("\(error)") }
        #expect(error.description == "Unauthorized (401): Unauthorized")
    }

    @Test func tooManyRequestsCarriesRetryAfter() async throws {
        let error = try await apiError(status: 429, body: StatusBodies.tooManyRequests, headers: [("Retry-After", "3")])
        guard case let .tooManyRequests(_, retryAfter) = error else { throw UnexpectedOutcome("\(error)") }
        // The Status says 1 s, the header 3 s: the header wins, as it is what HTTP defines.
        #expect(retryAfter == .seconds(3))
        #expect(error.isRetriable)
        let headerOnly = try await apiError(
            status: 429, body: #"{"kind":"Status","apiVersion":"v1","status":"Failure","reason":"TooManyRequests","code":429}"#,
            headers: [("Retry-After", "3")])
        #expect(headerOnly.retryAfter == .seconds(3))
        #expect(headerOnly.description.hasSuffix("retry after 3s"))
    }

    @Test func serverErrorsKeepTheirReason() async throws {
        let internalFailure = try await apiError(status: 500, body: StatusBodies.internalError)
        guard case .serverError = internalFailure else { throw UnexpectedOutcome("\(internalFailure)") }
        #expect(internalFailure.reason == .internalError)
        #expect(internalFailure.isRetriable)
        let unavailable = try await apiError(status: 503, body: StatusBodies.serviceUnavailable)
        guard case .serverError = unavailable else { throw UnexpectedOutcome("\(unavailable)") }
        #expect(unavailable.reason == .serviceUnavailable)
        let timeout = try await apiError(status: 504, body: StatusBodies.timeout)
        guard case .serverError = timeout else { throw UnexpectedOutcome("\(timeout)") }
        #expect(timeout.reason == .timeout)
        #expect(timeout.code == 504)
    }

    @Test func badRequestAndMethodNotAllowed() async throws {
        let bad = try await apiError(status: 400, body: StatusBodies.badRequest)
        guard case .badRequest = bad else { throw UnexpectedOutcome("\(bad)") }
        let method = try await apiError(status: 405, body: StatusBodies.methodNotAllowed)
        guard case .methodNotAllowed = method else { throw UnexpectedOutcome("\(method)") }
        #expect(!bad.isRetriable && !method.isRetriable)
    }

    // MARK: - Bodies that are not a Status

    @Test func aProxysPlainTextBodyStillGivesAClearError() async throws {
        let error = try await apiError(
            status: 502, body: "upstream connect error or disconnect/reset before headers.\nreset reason: connection failure",
            contentType: "text/plain")
        guard case .serverError = error else { throw UnexpectedOutcome("\(error)") }
        #expect(error.code == 502)
        #expect(error.isRetriable)
        #expect(error.message.contains("upstream connect error or disconnect/reset before headers. reset reason: connection failure"))
        #expect(error.causes.first?.reason == "UnexpectedServerResponse")
    }

    @Test func anHTMLNotFoundPageIsNotFound() async throws {
        let error = try await apiError(
            status: 404, body: "<html><body><h1>404 Not Found</h1></body></html>", contentType: "text/html")
        guard case .notFound = error else { throw UnexpectedOutcome("\(error)") }
        #expect(error.reason == .notFound)
        #expect(error.message == "the server could not find the requested resource: <html><body><h1>404 Not Found</h1></body></html>")
    }

    @Test func jsonThatIsNotAStatusIsTreatedAsText() async throws {
        let error = try await apiError(status: 503, body: #"{"error":"maintenance"}"#)
        guard case .serverError = error else { throw UnexpectedOutcome("\(error)") }
        #expect(error.reason == .serviceUnavailable)
        #expect(error.message.contains(#"{"error":"maintenance"}"#))
    }

    @Test func anEmptyBodyGivesTheCodesOwnMessage() async throws {
        let error = try await apiError(status: 418, body: "")
        guard case .other = error else { throw UnexpectedOutcome("\(error)") }
        #expect(error.message == "the server responded with the status code 418 but did not return more information")
        #expect(error.reason == nil)
        #expect(error.description.hasPrefix("Unknown (418): "))
    }

    @Test func aStatusWithoutACodeTakesTheResponses() async throws {
        let error = try await apiError(status: 409, body: #"{"kind":"Status","apiVersion":"v1","status":"Failure","message":"taken","reason":""}"#)
        guard case .conflict = error else { throw UnexpectedOutcome("\(error)") }
        #expect(error.code == 409)
    }

    @Test func aLongBodyIsCutInTheMessage() async throws {
        let error = try await apiError(status: 500, body: String(repeating: "x", count: 100_000), contentType: "text/plain")
        #expect(error.message.count < 700)
        #expect(error.message.hasSuffix("…"))
    }

    // MARK: - Classification

    @Test(arguments: [
        (StatusReason.notFound, 500, "notFound"), (.unknown("SomethingNew"), 404, "notFound"), (nil, 409, "conflict"),
        (.expired, 410, "gone"), (.gone, 410, "gone"), (.serverTimeout, 500, "serverError"),
        (.requestEntityTooLarge, 413, "other"), (.unsupportedMediaType, 415, "other"), (nil, 302, "other"),
        (nil, 501, "serverError"), (.invalid, 422, "invalid"),
    ] as [(StatusReason?, Int32, String)])
    func reasonsWinOverCodesAndCodesFillIn(reason: StatusReason?, code: Int32, expected: String) {
        let error = KubeAPIError(status: Status(status: Status.failure, reason: reason, code: code))
        #expect(Self.caseName(error) == expected)
    }

    @Test func onlyTransientServerErrorsAreRetriable() {
        let notImplemented = KubeAPIError(status: Status(status: Status.failure, code: 501))
        #expect(!notImplemented.isRetriable)
        let badGateway = KubeAPIError(status: Status(status: Status.failure, code: 502))
        #expect(badGateway.isRetriable)
    }

    @Test func aWatchErrorWithoutAStatusIsStillAnError() throws {
        let undecodable = KubeAPIError(watchErrorStatus: nil, body: Data(#"{"type":"ERROR","object":"boom"}"#.utf8))
        let notAStatus = KubeAPIError(
            watchErrorStatus: try JSONDecoder().decode(Status.self, from: Data("{}".utf8)),
            body: Data(#"{"type":"ERROR","object":{}}"#.utf8))
        for error in [undecodable, notAStatus] {
            guard case .serverError = error else {
                Issue.record("\(error)")
                continue
            }
            #expect(error.code == 500)
            #expect(error.message.contains(#""type":"ERROR""#))
        }
    }

    private static func caseName(_ error: KubeAPIError) -> String {
        switch error {
        case .badRequest: "badRequest"
        case .unauthorized: "unauthorized"
        case .forbidden: "forbidden"
        case .notFound: "notFound"
        case .methodNotAllowed: "methodNotAllowed"
        case .alreadyExists: "alreadyExists"
        case .conflict: "conflict"
        case .gone: "gone"
        case .invalid: "invalid"
        case .tooManyRequests: "tooManyRequests"
        case .serverError: "serverError"
        case .other: "other"
        }
    }
}

/// A test expectation that failed in a way `#expect` cannot phrase (a wrong enum case).
struct UnexpectedOutcome: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
