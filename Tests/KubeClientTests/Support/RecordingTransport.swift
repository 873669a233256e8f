import KubeClient
import Synchronization

/// Wraps a transport and keeps every `HTTPRequest` handed to it, to check what the API client
/// asks of the transport (timeouts, per-request client certificates) and to count attempts
/// that never reach a server.
final class RecordingTransport: HTTPTransport {
    private let base: any HTTPTransport
    private let recorded = Mutex<[HTTPRequest]>([])

    init(_ base: any HTTPTransport) {
        self.base = base
    }

    var requests: [HTTPRequest] { recorded.withLock { $0 } }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        recorded.withLock { $0.append(request) }
        return try await base.send(request)
    }

    func stream(_ request: HTTPRequest) async throws -> HTTPStreamingResponse {
        recorded.withLock { $0.append(request) }
        return try await base.stream(request)
    }
}
