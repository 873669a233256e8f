import KubeCore

/// The conflicts that stop an apply without `force`, worded as kube-apiserver words them.
struct ApplyConflicts: Error, Equatable, Sendable {
    /// Ordered by manager identifier, each manager's fields in field-set order.
    let conflicts: [ApplyConflict]

    init(_ conflicts: [ApplyConflict]) {
        // A stable sort keeps each manager's paths in the order they were found.
        self.conflicts = conflicts.enumerated().sorted { a, b in
            let order = byteOrder(a.element.manager.identifier, b.element.manager.identifier)
            return order != 0 ? order < 0 : a.offset < b.offset
        }.map(\.element)
    }

    /// `Apply failed with 1 conflict: conflict with "kubectl-client-side-apply" using apps/v1: .spec.replicas`,
    /// or, for several, one `conflicts with <manager>:` block per manager with a `- <path>` line
    /// per field.
    var message: String {
        if conflicts.count == 1 {
            let conflict = conflicts[0]
            return "Apply failed with 1 conflict: conflict with \(conflict.manager.printed): \(conflict.path)"
        }
        var lines: [String] = []
        var current: ManagerIdentity?
        for conflict in conflicts {
            if conflict.manager != current {
                lines.append("conflicts with \(conflict.manager.printed):")
                current = conflict.manager
            }
            lines.append("- \(conflict.path)")
        }
        return "Apply failed with \(conflicts.count) conflicts: " + lines.joined(separator: "\n")
    }

    /// 409 Conflict with a `FieldManagerConflict` cause per field (`NewApplyConflict`).
    var status: Status {
        Status(
            status: Status.failure, message: message, reason: .conflict,
            details: StatusDetails(causes: conflicts.map(\.cause)), code: 409)
    }
}
