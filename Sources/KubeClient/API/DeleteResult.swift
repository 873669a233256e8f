import KubeCore

/// What the API server answers to a DELETE.
public enum DeleteResult<Object: Sendable>: Sendable {
    /// The object: still present and being finalized (`metadata.deletionTimestamp` set, e.g.
    /// with `propagationPolicy: .foreground`), or its last state. For a collection, the list of
    /// deleted objects.
    case object(Object)
    /// A Success Status: the object is gone and the server did not echo it.
    case status(Status)
}
