import KubeCore

/// A failed request: the `Status` kube-apiserver would answer with.
struct APIError: Error, Sendable {
    var status: Status

    init(_ status: Status) {
        self.status = status
    }

    static func badRequest(_ message: String) -> APIError { APIError(.badRequest(message)) }

    static func notFound(_ type: ResourceType, _ name: String) -> APIError {
        APIError(.notFound(group: type.group, resource: type.plural, name: name))
    }

    static func invalid(_ type: ResourceType, _ name: String, _ errors: [FieldError]) -> APIError {
        APIError(.invalid(group: type.group, kind: type.kind, name: name, causes: errors.map(\.cause)))
    }

    static func conflict(_ type: ResourceType, _ name: String) -> APIError {
        APIError(.conflict(group: type.group, resource: type.plural, name: name))
    }
}
