import Foundation
import KubeClient
import KubeCore

/// A `TestServer` and a `KubeAPIClient` pointed at it through a real `CurlTransport`, for the
/// API-layer tests. The server is shut down when `body` returns or throws.
///
/// Retries back off for milliseconds rather than the production quarter-second, so that retry
/// tests stay fast; a test about backoff passes its own policy.
@discardableResult
func withAPIServer<Result>(
    credentials: any CredentialProvider = StaticCredentialProvider.bearerToken("test-token"),
    retryPolicy: RetryPolicy = RetryPolicy(maxRetries: 3, initialBackoff: .milliseconds(5), maxBackoff: .milliseconds(20)),
    configure: (inout ClientConfiguration) -> Void = { _ in },
    transport wrap: (CurlTransport) -> any HTTPTransport = { $0 },
    handler: @escaping TestServer.Handler,
    _ body: (TestServer, KubeAPIClient) async throws -> Result
) async throws -> Result {
    let server = try await TestServer(handler: handler)
    do {
        var configuration = ClientConfiguration(server: server.url)
        configure(&configuration)
        let client = KubeAPIClient(
            configuration: configuration, transport: wrap(try CurlTransport(configuration: configuration)),
            credentialProvider: credentials, retryPolicy: retryPolicy)
        let result = try await body(server, client)
        await server.shutdown()
        return result
    } catch {
        await server.shutdown()
        throw error
    }
}

/// `text` parsed as JSON, for comparing bodies regardless of key order and spacing.
func parsedJSON(_ text: String) throws -> JSONValue {
    try JSONParser().parse(text)
}

func parsedJSON(_ data: Data) throws -> JSONValue {
    try JSONParser().parse(data)
}

/// Real kube-apiserver error bodies (as `kubectl -v=8` shows them), for decoding tests.
enum StatusBodies {
    static let notFound = #"""
        {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"pods \"web-0\" not found","reason":"NotFound","details":{"name":"web-0","kind":"pods"},"code":404}
        """#
    static let alreadyExists = #"""
        {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"configmaps \"settings\" already exists","reason":"AlreadyExists","details":{"name":"settings","kind":"configmaps"},"code":409}
        """#
    static let conflict = #"""
        {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Operation cannot be fulfilled on configmaps \"settings\": the object has been modified; please apply your changes to the latest version and try again","reason":"Conflict","details":{"name":"settings","kind":"configmaps"},"code":409}
        """#
    static let invalid = #"""
        {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Deployment.apps \"web\" is invalid: [spec.replicas: Invalid value: -1: must be greater than or equal to 0, spec.template.spec.containers: Required value]","reason":"Invalid","details":{"name":"web","group":"apps","kind":"Deployment","causes":[{"reason":"FieldValueInvalid","message":"Invalid value: -1: must be greater than or equal to 0","field":"spec.replicas"},{"reason":"FieldValueRequired","message":"Required value","field":"spec.template.spec.containers"}]},"code":422}
        """#
    static let expired = #"""
        {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter, or use the continue token in this response to retrieve the remainder of the results. Continuing with the provided token results in an inconsistent list - objects that were created, modified, or deleted between the time the first chunk was returned and now may show up in the list.","reason":"Expired","code":410}
        """#
    static let forbidden = #"""
        {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"pods is forbidden: User \"system:serviceaccount:default:baton\" cannot list resource \"pods\" in API group \"\" in the namespace \"kube-system\"","reason":"Forbidden","details":{"kind":"pods"},"code":403}
        """#
    static let unauthorized = #"""
        {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Unauthorized","reason":"Unauthorized","code":401}
        """#
    static let tooManyRequests = #"""
        {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Too many requests, please try again later.","reason":"TooManyRequests","details":{"retryAfterSeconds":1},"code":429}
        """#
    static let internalError = #"""
        {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Internal error occurred: resource quota evaluation timed out","reason":"InternalError","details":{"causes":[{"message":"resource quota evaluation timed out"}]},"code":500}
        """#
    static let serviceUnavailable = #"""
        {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"the server is currently unable to handle the request","reason":"ServiceUnavailable","code":503}
        """#
    static let timeout = #"""
        {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Timeout: request did not complete within requested timeout - context deadline exceeded","reason":"Timeout","details":{},"code":504}
        """#
    static let badRequest = #"""
        {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"the namespace of the provided object does not match the namespace sent on the request","reason":"BadRequest","code":400}
        """#
    static let methodNotAllowed = #"""
        {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"the server does not allow this method on the requested resource","reason":"MethodNotAllowed","details":{},"code":405}
        """#
    static let watchExpired = #"""
        {"type":"ERROR","object":{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"too old resource version: 100 (2350)","reason":"Expired","code":410}}
        """#
}
