import KubeCore

/// Which changes of a watched kind wake its controller.
public struct EventFilter: Sendable {
    public let admits: @Sendable (CacheChange) -> Bool

    public init(_ admits: @escaping @Sendable (CacheChange) -> Bool) {
        self.admits = admits
    }

    public static let all = EventFilter { _ in true }

    /// The default for a controller's primary kind: only changes to what the user declares
    /// (spec, through `generation`), to labels and annotations, and deletion. A reconcile's own
    /// status write therefore does not wake it again — the hot loop controller-runtime users
    /// keep hitting when they forget this predicate. Additions, deletions and resyncs always pass.
    public static let generationChanged = EventFilter { change in
        guard case let .updated(old, new) = change, old != new else { return true }
        let paths: [[String]] = [
            ["metadata", "generation"], ["metadata", "deletionTimestamp"], ["metadata", "labels"],
            ["metadata", "annotations"],
        ]
        return paths.contains { old[path: $0] != new[path: $0] }
    }

    /// The filter on every kind besides the primary: anything but a resync (the same object
    /// handed over again, `old == new`). The primary's own resync already reconciles every
    /// primary object, reading all its children; a child's resync waking its owner again would
    /// only repeat that reconcile once per kind of child.
    public static let changesOnly = EventFilter { change in
        guard case let .updated(old, new) = change else { return true }
        return old != new
    }
}
