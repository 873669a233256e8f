/// A kind of object in an API group version: what a manifest's `apiVersion` and `kind` name.
public struct GroupVersionKind: Sendable, Hashable, CustomStringConvertible {
    public var group: String
    public var version: String
    public var kind: String

    public init(group: String, version: String, kind: String) {
        self.group = group
        self.version = version
        self.kind = kind
    }

    /// From a manifest's `apiVersion` and `kind`.
    public init(apiVersion: String, kind: String) throws(GroupVersion.ParseError) {
        let groupVersion = try GroupVersion(apiVersion: apiVersion)
        self.init(group: groupVersion.group, version: groupVersion.version, kind: kind)
    }

    public var groupVersion: GroupVersion {
        GroupVersion(group: group, version: version)
    }

    public var apiVersion: String { groupVersion.apiVersion }

    /// As apimachinery prints it: `apps/v1, Kind=Deployment` (`/v1, Kind=Pod` for the core group).
    public var description: String { "\(group)/\(version), Kind=\(kind)" }
}
