import KubeCore

/// Why a server-side apply was refused.
enum ApplyError: Error, Equatable, Sendable {
    /// Fields other managers own would change: 409 unless the client forces.
    case conflicts(ApplyConflicts)
    /// The applied configuration cannot be applied (not an object, wrong `apiVersion`,
    /// `managedFields` set, a map-list item without its key, …): 400 Bad Request. For the cases
    /// the schema catches kube-apiserver answers 500 today, a known bug
    /// (kubernetes/kubernetes#139253) whose proposed fix answers 400, as this does.
    case invalidConfiguration(String)
    /// The stored object cannot be applied to (unreadable managed fields, items the schema
    /// cannot key): kube-apiserver's plain 500.
    case invalidLiveObject(String)

    var message: String {
        switch self {
        case let .conflicts(conflicts): return conflicts.message
        case let .invalidConfiguration(message), let .invalidLiveObject(message): return message
        }
    }

    /// The response body.
    var status: Status {
        switch self {
        case let .conflicts(conflicts):
            return conflicts.status
        case let .invalidConfiguration(message):
            return .badRequest(message)
        case let .invalidLiveObject(message):
            // A plain Go error becomes a Status with no reason (`ErrorToAPIStatus`).
            return Status(status: Status.failure, message: message, code: 500)
        }
    }
}
