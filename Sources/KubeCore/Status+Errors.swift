/// The standard error bodies, with the codes, reasons, details and message wording of
/// apimachinery's `k8s.io/apimachinery/pkg/api/errors`, so that clients (kubectl included)
/// read them as they read a real API server's.
extension Status {
    /// 200 with `status: Success`, as a delete that finished at once returns it.
    public static func succeeded(details: StatusDetails? = nil) -> Status {
        Status(status: success, details: details)
    }

    /// 404: `pods "web" not found`, `deployments.apps "web" not found`.
    public static func notFound(group: String = "", resource: String, name: String) -> Status {
        failed(
            404, .notFound, "\(qualified(resource, group)) \(quoted(name)) not found",
            StatusDetails(name: name, group: nonEmpty(group), kind: resource))
    }

    /// 409: `configmaps "settings" already exists`.
    public static func alreadyExists(group: String = "", resource: String, name: String) -> Status {
        failed(
            409, .alreadyExists, "\(qualified(resource, group)) \(quoted(name)) already exists",
            StatusDetails(name: name, group: nonEmpty(group), kind: resource))
    }

    /// What the API server says about an update based on a stale `resourceVersion`.
    public static let objectModifiedMessage =
        "the object has been modified; please apply your changes to the latest version and try again"

    /// 409: `Operation cannot be fulfilled on configmaps "settings": <problem>`.
    public static func conflict(
        group: String = "", resource: String, name: String, problem: String = objectModifiedMessage
    ) -> Status {
        failed(
            409, .conflict, "Operation cannot be fulfilled on \(qualified(resource, group)) \(quoted(name)): \(problem)",
            StatusDetails(name: name, group: nonEmpty(group), kind: resource))
    }

    /// 422: `Deployment.apps "web" is invalid: spec.replicas: Invalid value: -1: …`, one cause per
    /// problem (several are listed in brackets, comma-separated).
    public static func invalid(group: String = "", kind: String, name: String, causes: [StatusCause]) -> Status {
        let problems = causes.map { cause -> String in
            let message = cause.message ?? ""
            guard let field = cause.field, !field.isEmpty else { return message }
            return "\(field): \(message)"
        }
        let summary = problems.count == 1 ? problems[0] : "[\(problems.joined(separator: ", "))]"
        let qualifiedKind = group.isEmpty ? kind : "\(kind).\(group)"
        return failed(
            422, .invalid, "\(qualifiedKind) \(quoted(name)) is invalid: \(summary)",
            StatusDetails(name: name, group: nonEmpty(group), kind: kind, causes: causes))
    }

    /// 410 Gone: the resource no longer exists and will not again.
    public static func gone(_ message: String) -> Status {
        failed(410, .gone, message, nil)
    }

    /// 410 Expired: a watch or list asked for a `resourceVersion` the server no longer has
    /// ("too old resource version: 1 (2)"); the client must list again.
    public static func expired(_ message: String) -> Status {
        failed(410, .expired, message, nil)
    }

    /// 400.
    public static func badRequest(_ message: String) -> Status {
        failed(400, .badRequest, message, nil)
    }

    /// 405: `create is not supported on resources of kind "nodes/proxy"`.
    public static func methodNotSupported(group: String = "", resource: String, action: String) -> Status {
        failed(
            405, .methodNotAllowed,
            "\(action) is not supported on resources of kind \(quoted(qualified(resource, group)))",
            StatusDetails(group: nonEmpty(group), kind: resource))
    }

    /// 429, telling the client when to retry.
    public static func tooManyRequests(_ message: String, retryAfterSeconds: Int32) -> Status {
        failed(
            429, .tooManyRequests, message,
            retryAfterSeconds > 0 ? StatusDetails(retryAfterSeconds: retryAfterSeconds) : nil)
    }

    /// 500: `Internal error occurred: <problem>`.
    public static func internalError(_ problem: String) -> Status {
        failed(
            500, .internalError, "Internal error occurred: \(problem)",
            StatusDetails(causes: [StatusCause(message: problem)]))
    }

    /// 403: `pods "web" is forbidden: <problem>` (without the name when there is none).
    public static func forbidden(group: String = "", resource: String, name: String = "", problem: String) -> Status {
        let subject = name.isEmpty ? qualified(resource, group) : "\(qualified(resource, group)) \(quoted(name))"
        return failed(
            403, .forbidden, "\(subject) is forbidden: \(problem)",
            StatusDetails(name: nonEmpty(name), group: nonEmpty(group), kind: resource))
    }

    /// 401.
    public static func unauthorized(_ message: String = "Unauthorized") -> Status {
        failed(401, .unauthorized, message, nil)
    }

    // MARK: - Helpers

    private static func failed(_ code: Int32, _ reason: StatusReason, _ message: String, _ details: StatusDetails?) -> Status {
        Status(status: failure, message: message, reason: reason, details: details, code: code)
    }

    /// `deployments.apps`, or `pods` for the core group.
    private static func qualified(_ resource: String, _ group: String) -> String {
        group.isEmpty ? resource : "\(resource).\(group)"
    }

    private static func nonEmpty(_ text: String) -> String? {
        text.isEmpty ? nil : text
    }

    /// Double-quoted with backslash escapes, as Go's `%q` prints ordinary names.
    private static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
