/// A resource in an API group version: what a REST path names (`/apis/apps/v1/deployments`).
public struct GroupVersionResource: Sendable, Hashable, CustomStringConvertible {
    public var group: String
    public var version: String
    /// The plural, lower-case resource name ("deployments"). A subresource (`status`, `scale`)
    /// belongs to a request, not here.
    public var resource: String

    public init(group: String, version: String, resource: String) {
        self.group = group
        self.version = version
        self.resource = resource
    }

    public var groupVersion: GroupVersion {
        GroupVersion(group: group, version: version)
    }

    /// `deployments.apps`, or `pods` for the core group: how Kubernetes names a resource in
    /// messages ("deployments.apps \"web\" not found").
    public var groupResource: String {
        group.isEmpty ? resource : "\(resource).\(group)"
    }

    /// As apimachinery prints it: `apps/v1, Resource=deployments`.
    public var description: String { "\(group)/\(version), Resource=\(resource)" }
}
