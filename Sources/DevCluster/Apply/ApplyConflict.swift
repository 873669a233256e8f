import KubeCore

/// One field an apply would change that another manager owns.
struct ApplyConflict: Equatable, Sendable {
    var manager: ManagerIdentity
    var path: ManagedFieldPath

    /// The Status cause kube-apiserver reports for it (`NewConflictError`).
    var cause: StatusCause {
        StatusCause(reason: "FieldManagerConflict", message: "conflict with \(manager.printed)", field: path.description)
    }
}
