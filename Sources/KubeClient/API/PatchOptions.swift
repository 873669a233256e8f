/// Query parameters of a PATCH.
public struct PatchOptions: Sendable, Equatable {
    /// Validate and admit the patch without persisting it (`dryRun=All`). Default: false.
    public var dryRun: Bool = false
    /// The owner of the fields written; required for server-side apply.
    public var fieldManager: String?
    /// Server-side apply only: take ownership of fields other managers own instead of failing
    /// with a conflict. Default: false.
    public var force: Bool = false
    public var fieldValidation: FieldValidation?

    public init(
        dryRun: Bool = false, fieldManager: String? = nil, force: Bool = false,
        fieldValidation: FieldValidation? = nil
    ) {
        self.dryRun = dryRun
        self.fieldManager = fieldManager
        self.force = force
        self.fieldValidation = fieldValidation
    }

    /// Checks what the server would reject anyway, so the mistake is named before a round trip.
    func validate(for type: PatchType) throws {
        if type == .apply, fieldManager?.isEmpty ?? true {
            throw KubeClientError.invalidArgument("server-side apply needs a fieldManager")
        }
        if force, type != .apply {
            throw KubeClientError.invalidArgument(
                "force is only allowed with server-side apply, not \(type.contentType)")
        }
    }

    func addQuery(to path: inout APIPath) {
        if dryRun { path.addQuery("dryRun", "All") }
        if let fieldManager { path.addQuery("fieldManager", fieldManager) }
        if force { path.addQuery("force", "true") }
        if let fieldValidation { path.addQuery("fieldValidation", fieldValidation.rawValue) }
    }
}
