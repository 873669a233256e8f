/// The options every write carries (`dryRun`, `fieldManager`, `fieldValidation`, `force`).
struct WriteOptions: Sendable {
    /// How unknown and duplicate fields are treated (`fieldValidation`); kube-apiserver's
    /// default is Warn, kubectl sends Strict.
    enum FieldValidation: String, Sendable {
        case ignore = "Ignore"
        case warn = "Warn"
        case strict = "Strict"
    }

    var dryRun = false
    var fieldManager: String
    var fieldValidation: FieldValidation = .warn
    /// Server-side apply: take over conflicting fields.
    var force = false

    init(fieldManager: String, dryRun: Bool = false, fieldValidation: FieldValidation = .warn, force: Bool = false) {
        self.fieldManager = fieldManager
        self.dryRun = dryRun
        self.fieldValidation = fieldValidation
        self.force = force
    }

    /// Parses the query of a write request. Without `fieldManager`, the manager is named after
    /// the client's user agent up to its first `/`, as kube-apiserver does.
    init(query: [String: String], userAgent: String, isApply: Bool = false) throws(APIError) {
        if let dryRun = query["dryRun"], !dryRun.isEmpty {
            guard dryRun == "All" else {
                throw .badRequest("Invalid dry run value: \(dryRun); the only supported value is \"All\"")
            }
            self.dryRun = true
        }
        let manager = query["fieldManager"] ?? ""
        if manager.count > 128 {
            throw APIError(.invalid(kind: "PatchOptions", name: "", causes: [
                FieldError(reason: .tooLong, field: "fieldManager", detail: "Too long: may not be more than 128 bytes").cause,
            ]))
        }
        if isApply && manager.isEmpty {
            throw APIError(.invalid(kind: "PatchOptions", name: "", causes: [
                FieldError.required("fieldManager", "is required for apply requests").cause,
            ]))
        }
        let agent = userAgent.split(separator: "/", maxSplits: 1).first.map(String.init) ?? ""
        fieldManager = manager.isEmpty ? String(agent.prefix(128)) : manager
        switch query["fieldValidation"] ?? "" {
        case "": fieldValidation = .warn
        case "Ignore": fieldValidation = .ignore
        case "Warn": fieldValidation = .warn
        case "Strict": fieldValidation = .strict
        case let other:
            throw .badRequest("fieldValidation must be one of \"Ignore\", \"Warn\", or \"Strict\", got \"\(other)\"")
        }
        if let force = query["force"] {
            guard isApply || force == "false" else {
                throw .badRequest("force is only allowed for apply requests")
            }
            self.force = force == "true"
        }
    }
}
