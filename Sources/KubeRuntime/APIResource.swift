import KubeCore

/// A kind the runtime watches: where it is served, what it is called in owner references, and
/// whether its objects live in a namespace.
public struct APIResource: Hashable, Sendable, CustomStringConvertible {
    public var resource: GroupVersionResource
    public var kind: String
    public var isNamespaced: Bool

    public init(_ resource: GroupVersionResource, kind: String, isNamespaced: Bool = true) {
        self.resource = resource
        self.kind = kind
        self.isNamespaced = isNamespaced
    }

    public var apiVersion: String { resource.groupVersion.apiVersion }
    public var group: String { resource.group }
    public var description: String { "\(kind).\(resource.group.isEmpty ? "core" : resource.group)" }

    /// Whether an owner reference points at an object of this kind (any version of its group:
    /// owner references keep the version they were written with).
    public func isKind(of reference: OwnerReference) -> Bool {
        reference.kind == kind && (try? GroupVersion(apiVersion: reference.apiVersion))?.group == resource.group
    }

    public static let pods = APIResource(.init(group: "", version: "v1", resource: "pods"), kind: "Pod")
    public static let services = APIResource(.init(group: "", version: "v1", resource: "services"), kind: "Service")
    public static let jobs = APIResource(.init(group: "batch", version: "v1", resource: "jobs"), kind: "Job")
    public static let deployments = APIResource(
        .init(group: "apps", version: "v1", resource: "deployments"), kind: "Deployment")
    public static let horizontalPodAutoscalers = APIResource(
        .init(group: "autoscaling", version: "v2", resource: "horizontalpodautoscalers"),
        kind: "HorizontalPodAutoscaler")
    public static let leases = APIResource(
        .init(group: "coordination.k8s.io", version: "v1", resource: "leases"), kind: "Lease")
    public static let events = APIResource(.init(group: "events.k8s.io", version: "v1", resource: "events"), kind: "Event")
}
