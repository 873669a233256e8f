import KubeClient

/// A child write the API server refused for good (forbidden, over quota, rejected by an
/// admission webhook, invalid, an immutable field): retrying the same request cannot help, so
/// it must show on the owner (a condition and an Event) while retries go on at the backoff's
/// pace — a person, a quota or a webhook may change meanwhile.
public struct ChildWriteFailure: Sendable, Equatable {
    public var child: ChildReference
    /// `Apply`, `Create` or `Delete`: the Event's action.
    public var action: String
    /// The API's reason (`Forbidden`, `Invalid`, …), or the HTTP code's name when it gave none.
    public var reason: String
    /// The API's message.
    public var message: String

    public init(child: ChildReference, action: String, reason: String, message: String) {
        self.child = child
        self.action = action
        self.reason = reason
        self.message = message
    }

    /// What a person reads: which child, what was refused, and the API's words.
    public var description: String { "\(action) \(child) was refused: \(message)" }

    /// The failure an API error stands for, when it is a refusal rather than something a retry
    /// can get past (a 409 conflict, 429, a 5xx, a lost connection: those are retried quietly).
    init?(_ error: any Error, child: ChildReference, action: String) {
        guard let error = error as? KubeAPIError, !error.isRetriable else { return nil }
        switch error {
        case .notFound, .alreadyExists, .gone: return nil
        default: break
        }
        let reason = error.reason.map(\.rawValue).flatMap { $0.isEmpty ? nil : $0 } ?? "HTTP\(error.code)"
        self.init(child: child, action: action, reason: reason, message: error.message)
    }
}

/// Thrown after a reconcile whose plan had child writes refused, once the failure is shown on
/// the object: the key is retried with backoff.
public struct ChildWritesRefused: Error, CustomStringConvertible {
    public var failures: [ChildWriteFailure]
    public var description: String { failures.map(\.description).joined(separator: "; ") }
}
