/// The four ways the API server accepts a PATCH, named by the request's `Content-Type`.
public enum PatchType: String, Sendable, CaseIterable {
    /// RFC 6902: a list of operations (`add`, `remove`, `replace`, `move`, `copy`, `test`).
    case json = "application/json-patch+json"
    /// RFC 7386: a partial object; `null` deletes a field, lists are replaced whole.
    case merge = "application/merge-patch+json"
    /// Kubernetes' strategic merge: lists merge by their patch-merge key. Built-in kinds only;
    /// the API server rejects it for custom resources.
    case strategicMerge = "application/strategic-merge-patch+json"
    /// Server-side apply: the full intent of one field manager. Needs `fieldManager`; JSON is
    /// valid YAML, so the body is sent as JSON.
    case apply = "application/apply-patch+yaml"

    /// The `Content-Type` header value.
    public var contentType: String { rawValue }
}
