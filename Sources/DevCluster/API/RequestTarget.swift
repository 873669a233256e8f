/// What a request path addresses, parsed as kube-apiserver's RequestInfoFactory does.
enum RequestTarget: Equatable, Sendable {
    case version
    case health(String)
    case metrics
    case openAPIv2
    case openAPIv3Root
    case openAPIv3(group: String, version: String)
    /// `/api`
    case coreVersions
    /// `/apis`
    case groups
    /// `/apis/<group>`
    case group(String)
    /// `/api/v1`, `/apis/<group>/<version>`
    case groupVersion(group: String, version: String)
    case resource(ResourcePath)
    case unknown

    init(path: String) {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        switch parts.first {
        case nil: self = .unknown
        case "version": self = parts.count == 1 ? .version : .unknown
        case "healthz", "livez", "readyz": self = .health(parts[0])
        case "metrics": self = parts.count == 1 ? .metrics : .unknown
        case "openapi":
            switch parts.count {
            case 2 where parts[1] == "v2": self = .openAPIv2
            case 2 where parts[1] == "v3": self = .openAPIv3Root
            case 4 where parts[1] == "v3" && parts[2] == "api": self = .openAPIv3(group: "", version: parts[3])
            case 5 where parts[1] == "v3" && parts[2] == "apis": self = .openAPIv3(group: parts[3], version: parts[4])
            default: self = .unknown
            }
        case "api":
            switch parts.count {
            case 1: self = .coreVersions
            case 2: self = .groupVersion(group: "", version: parts[1])
            default: self = ResourcePath(group: "", version: parts[1], rest: parts.dropFirst(2)).map { .resource($0) } ?? .unknown
            }
        case "apis":
            switch parts.count {
            case 1: self = .groups
            case 2: self = .group(parts[1])
            case 3: self = .groupVersion(group: parts[1], version: parts[2])
            default: self = ResourcePath(group: parts[1], version: parts[2], rest: parts.dropFirst(3)).map { .resource($0) } ?? .unknown
            }
        default: self = .unknown
        }
    }
}

/// `…/namespaces/<ns>/<resource>/<name>/<subresource>` and its shorter forms.
struct ResourcePath: Equatable, Sendable {
    var group: String
    var version: String
    var namespace: String?
    var resource: String
    var name: String?
    var subresource: String?

    /// The subresources a namespace has (`/api/v1/namespaces/<name>/status`): a three-part path
    /// under `namespaces` is one of these, not a resource collection.
    private static let namespaceSubresources: Set<String> = ["status", "finalize"]

    init?(group: String, version: String, rest: ArraySlice<String>) {
        var parts = Array(rest)
        self.group = group
        self.version = version
        if parts.first == "namespaces", parts.count >= 3,
            !(parts.count == 3 && Self.namespaceSubresources.contains(parts[2]))
        {
            namespace = parts[1]
            parts.removeFirst(2)
        }
        guard !parts.isEmpty, parts.count <= 3 else { return nil }
        resource = parts[0]
        name = parts.count > 1 ? parts[1] : nil
        subresource = parts.count > 2 ? parts[2] : nil
    }
}
