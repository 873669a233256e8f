/// An API group and version: `apps/v1`, or `v1` for the core group (whose name is "").
public struct GroupVersion: Sendable, Hashable, CustomStringConvertible {
    public var group: String
    public var version: String

    public init(group: String, version: String) {
        self.group = group
        self.version = version
    }

    /// Parses an `apiVersion`: `version` for the core group or `group/version`.
    public init(apiVersion: String) throws(GroupVersion.ParseError) {
        let parts = apiVersion.split(separator: "/", omittingEmptySubsequences: false)
        switch parts.count {
        case 1 where !apiVersion.isEmpty:
            self.init(group: "", version: apiVersion)
        case 2 where !parts[0].isEmpty && !parts[1].isEmpty:
            self.init(group: String(parts[0]), version: String(parts[1]))
        default:
            throw ParseError(apiVersion: apiVersion)
        }
    }

    /// The `apiVersion` string: `v1` for the core group, `apps/v1` otherwise.
    public var apiVersion: String {
        group.isEmpty ? version : "\(group)/\(version)"
    }

    public var description: String { apiVersion }

    public func withKind(_ kind: String) -> GroupVersionKind {
        GroupVersionKind(group: group, version: version, kind: kind)
    }

    public func withResource(_ resource: String) -> GroupVersionResource {
        GroupVersionResource(group: group, version: version, resource: resource)
    }

    public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
        public var apiVersion: String

        public var description: String {
            "invalid apiVersion \"\(apiVersion)\": expected \"<version>\" for the core group (\"v1\") "
                + "or \"<group>/<version>\" (\"apps/v1\")"
        }
    }
}
