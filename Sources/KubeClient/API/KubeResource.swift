import KubeCore

/// A Kubernetes kind as a Swift type, for the typed client.
///
/// A list response leaves `apiVersion` and `kind` out of its items for built-in kinds, so a
/// conforming type should decode them as optional (the typed client fills them in when it
/// writes).
public protocol KubeResource: Codable, Sendable {
    /// Where the kind is served: `GroupVersionResource(group: "apps", version: "v1", resource: "deployments")`.
    static var groupVersionResource: GroupVersionResource { get }
    /// `apps/v1`, or `v1` for the core group. Default: from `groupVersionResource`.
    static var apiVersion: String { get }
    /// `CamelCase` kind, e.g. `Deployment`.
    static var kind: String { get }
    /// Whether objects live in a namespace.
    static var isNamespaced: Bool { get }
    var metadata: ObjectMeta { get set }
}

extension KubeResource {
    public static var apiVersion: String { groupVersionResource.groupVersion.apiVersion }
}
