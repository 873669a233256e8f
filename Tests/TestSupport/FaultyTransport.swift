import Foundation
import KubeClient
import Synchronization

/// A transport between a client and the real one that injects the faults an API server and a
/// network really produce, each armed for a number of matching requests: error statuses (500,
/// 429 with Retry-After, 409), slow responses, a write that commits but whose response is
/// lost, a watch cut after its first chunk, a 410 Gone for a watch that resumes from a
/// resourceVersion. controller-runtime's `client/interceptor`, at the HTTP seam.
public final class FaultyTransport: HTTPTransport {
    public enum Fault: Sendable {
        /// Answered without reaching the server, with a Kubernetes Status of this code and
        /// reason (and `Retry-After`, if given).
        case status(Int, reason: String, retryAfterSeconds: Int? = nil)
        /// Sent after this delay.
        case delay(Duration)
        /// Sent, committed by the server, and then reported as a lost connection.
        case responseLost
        /// A watch whose body ends after its first chunk (the server closed it mid-stream).
        case cutStream
    }

    public struct Rule: Sendable {
        public var method: String?
        /// A substring of the request's path and query (`/jobs`, `watch=true`).
        public var path: String
        public var fault: Fault
        /// How many matching requests get the fault.
        public var times: Int

        public init(method: String? = nil, path: String, fault: Fault, times: Int = 1) {
            self.method = method
            self.path = path
            self.fault = fault
            self.times = times
        }
    }

    private let base: any HTTPTransport
    private let rules = Mutex<[Rule]>([])
    private let injected = Mutex<[String]>([])

    public init(_ base: any HTTPTransport) {
        self.base = base
    }

    public func arm(_ rule: Rule) {
        rules.withLock { $0.append(rule) }
    }

    /// "METHOD path → fault" for each fault injected so far.
    public var injections: [String] { injected.withLock { $0 } }

    /// Rules not used up yet.
    public var pending: Int { rules.withLock { $0.reduce(0) { $0 + $1.times } } }

    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        switch take(request) {
        case nil:
            return try await base.send(request)
        case let .status(code, reason, retryAfter)?:
            return Self.statusResponse(code, reason: reason, retryAfterSeconds: retryAfter)
        case let .delay(duration)?:
            try await Task.sleep(for: duration)
            return try await base.send(request)
        case .responseLost?:
            _ = try await base.send(request)
            throw TransportError(kind: .connectionLost, message: "injected: the response to \(request.method) was lost")
        case .cutStream?:
            return try await base.send(request)
        }
    }

    public func stream(_ request: HTTPRequest) async throws -> HTTPStreamingResponse {
        switch take(request) {
        case nil, .responseLost?:
            return try await base.stream(request)
        case let .status(code, reason, retryAfter)?:
            let response = Self.statusResponse(code, reason: reason, retryAfterSeconds: retryAfter)
            return HTTPStreamingResponse(
                status: response.status, headers: response.headers,
                body: AsyncThrowingStream { continuation in
                    continuation.yield(response.body)
                    continuation.finish()
                })
        case let .delay(duration)?:
            try await Task.sleep(for: duration)
            return try await base.stream(request)
        case .cutStream?:
            let response = try await base.stream(request)
            let (body, continuation) = AsyncThrowingStream.makeStream(of: Data.self)
            let pump = Task {
                var iterator = response.body.makeAsyncIterator()
                if let first = try? await iterator.next() { continuation.yield(first) }
                continuation.finish()
            }
            continuation.onTermination = { _ in pump.cancel() }
            return HTTPStreamingResponse(status: response.status, headers: response.headers, body: body)
        }
    }

    private func take(_ request: HTTPRequest) -> Fault? {
        let target = request.url.path + "?" + (request.url.query ?? "")
        let fault = rules.withLock { rules -> Fault? in
            guard let index = rules.firstIndex(where: { rule in
                (rule.method == nil || rule.method == request.method) && target.contains(rule.path)
            }) else { return nil }
            let fault = rules[index].fault
            rules[index].times -= 1
            if rules[index].times <= 0 { rules.remove(at: index) }
            return fault
        }
        if let fault { injected.withLock { $0.append("\(request.method) \(target) → \(fault)") } }
        return fault
    }

    private static func statusResponse(_ code: Int, reason: String, retryAfterSeconds: Int?) -> HTTPResponse {
        var status: [String: Any] = [
            "apiVersion": "v1", "kind": "Status", "status": "Failure", "code": code, "reason": reason,
            "message": "injected fault: \(reason)",
        ]
        var headers = [(name: "Content-Type", value: "application/json")]
        if let retryAfterSeconds {
            status["details"] = ["retryAfterSeconds": retryAfterSeconds]
            headers.append((name: "Retry-After", value: String(retryAfterSeconds)))
        }
        let body = (try? JSONSerialization.data(withJSONObject: status)) ?? Data()
        return HTTPResponse(status: code, headers: headers, body: body)
    }
}
