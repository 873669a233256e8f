/// How a list or watch interprets its `resourceVersion` (Kubernetes "resource version semantics").
public enum ResourceVersionMatch: String, Sendable {
    /// Data at least as new as the given version; the default for a non-empty version.
    case notOlderThan = "NotOlderThan"
    /// Data at exactly the given version (410 Gone once it has been compacted).
    case exact = "Exact"
}
