/// Query parameters of a create or an update (POST, PUT).
public struct WriteOptions: Sendable, Equatable {
    /// Validate and admit the write without persisting it (`dryRun=All`). Default: false.
    public var dryRun: Bool = false
    /// The name recorded in `managedFields` as the owner of the fields written.
    public var fieldManager: String?
    public var fieldValidation: FieldValidation?

    public init(dryRun: Bool = false, fieldManager: String? = nil, fieldValidation: FieldValidation? = nil) {
        self.dryRun = dryRun
        self.fieldManager = fieldManager
        self.fieldValidation = fieldValidation
    }

    func addQuery(to path: inout APIPath) {
        if dryRun { path.addQuery("dryRun", "All") }
        if let fieldManager { path.addQuery("fieldManager", fieldManager) }
        if let fieldValidation { path.addQuery("fieldValidation", fieldValidation.rawValue) }
    }
}
