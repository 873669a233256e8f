import KubeCore

/// events.k8s.io/v1 Events: what kube-apiserver requires of a new-style event
/// (`ValidateEventCreate` for events/v1).
struct EventStrategy: ObjectStrategy {
    static let noteLimit = 1024

    func validate(_ object: JSONValue, old: JSONValue?) -> [FieldError] {
        var errors: [FieldError] = []
        for field in ["eventTime", "reportingController", "reportingInstance", "action", "reason"]
        where (object[field]?.stringValue ?? "").isEmpty {
            errors.append(.required(field))
        }
        if let type = object["type"]?.stringValue, !["Normal", "Warning"].contains(type) {
            errors.append(.notSupported("type", .string(type), ["Normal", "Warning"]))
        }
        if let note = object["note"]?.stringValue, note.utf8.count > Self.noteLimit {
            errors.append(FieldError(reason: .tooLong, field: "note", detail: "Too long: may not be more than \(Self.noteLimit) bytes"))
        }
        return errors
    }
}
