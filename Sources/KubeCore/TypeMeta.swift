/// The `apiVersion` and `kind` that open every Kubernetes object (`metav1.TypeMeta`).
public struct TypeMeta: Codable, Sendable, Hashable {
    public var apiVersion: String?
    public var kind: String?

    public init(apiVersion: String? = nil, kind: String? = nil) {
        self.apiVersion = apiVersion
        self.kind = kind
    }

    /// The group, version and kind these name; `nil` when either is missing or the
    /// `apiVersion` is malformed.
    public var groupVersionKind: GroupVersionKind? {
        guard let apiVersion, let kind else { return nil }
        return try? GroupVersionKind(apiVersion: apiVersion, kind: kind)
    }
}
