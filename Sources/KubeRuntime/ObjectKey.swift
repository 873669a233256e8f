import KubeCore

/// What the cache and the work queue know an object by: its namespace (nil for cluster-scoped
/// kinds) and name. A reconcile is asked for a key, never for an event, so it reads the current
/// state of the object whatever woke it (level-triggered).
public struct ObjectKey: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var namespace: String?
    public var name: String

    public init(namespace: String?, name: String) {
        self.namespace = namespace
        self.name = name
    }

    /// The key of an object as the API server returned it; nil when it has no name.
    public init?(of object: JSONValue) {
        guard let name = object[path: ["metadata", "name"]]?.stringValue else { return nil }
        self.init(namespace: object[path: ["metadata", "namespace"]]?.stringValue, name: name)
    }

    /// `namespace/name`, or `name` for a cluster-scoped object, as client-go's `MetaNamespaceKeyFunc` writes it.
    public var description: String { namespace.map { "\($0)/\(name)" } ?? name }

    public static func < (lhs: ObjectKey, rhs: ObjectKey) -> Bool {
        (lhs.namespace ?? "", lhs.name) < (rhs.namespace ?? "", rhs.name)
    }
}
