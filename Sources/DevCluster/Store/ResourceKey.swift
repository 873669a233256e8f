/// Where objects of one resource live, whatever version they are served at: group + plural
/// (`apps`/`deployments`).
struct ResourceKey: Hashable, Sendable, CustomStringConvertible {
    var group: String
    var resource: String

    var description: String { group.isEmpty ? resource : "\(resource).\(group)" }
}

/// One object's identity within its resource; the namespace is empty for cluster-scoped kinds.
struct ObjectKey: Hashable, Sendable, Comparable {
    var namespace: String
    var name: String

    static func < (lhs: ObjectKey, rhs: ObjectKey) -> Bool {
        (lhs.namespace, lhs.name) < (rhs.namespace, rhs.name)
    }
}
