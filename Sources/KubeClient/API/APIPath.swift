import Foundation

/// A request target on the API server: a path below the server URL and a query, percent-encoded
/// here and only here, so that selectors such as `app in (a,b)` reach the server intact.
struct APIPath: Sendable {
    /// The encoded path, starting with `/`.
    private(set) var path: String
    /// Query parameters in the order they were added, not yet encoded.
    private(set) var query: [(name: String, value: String)] = []

    /// The path of a resource collection, one object, or one object's subresource:
    /// `/api/v1/namespaces/default/pods/web/status` or `/apis/apps/v1/deployments`.
    /// The core group (`""`) lives under `/api`, every other group under `/apis/<group>`.
    init(
        group: String, version: String, resource: String, namespace: String? = nil, name: String? = nil,
        subresource: String? = nil
    ) throws {
        var segments: [String]
        if group.isEmpty {
            segments = ["api"]
        } else {
            try Self.validate(group, as: "API group")
            segments = ["apis", group]
        }
        try Self.validate(version, as: "API version")
        segments.append(version)
        if let namespace {
            try Self.validate(namespace, as: "namespace")
            segments += ["namespaces", namespace]
        }
        try Self.validate(resource, as: "resource")
        segments.append(resource)
        if let name {
            try Self.validate(name, as: "name")
            segments.append(name)
        }
        if let subresource {
            guard name != nil else {
                throw KubeClientError.invalidArgument("subresource \"\(subresource)\" needs an object name")
            }
            try Self.validate(subresource, as: "subresource")
            segments.append(subresource)
        }
        path = "/" + segments.map { QueryEncoding.percentEncode($0, keeping: Self.segmentCharacters) }.joined(separator: "/")
    }

    /// A caller-written path such as `/apis` or `/openapi/v2`, taken as already encoded.
    init(rawPath: String) throws {
        guard rawPath.hasPrefix("/") else {
            throw KubeClientError.invalidArgument("path \"\(rawPath)\" must start with \"/\"")
        }
        guard !rawPath.contains("?"), !rawPath.contains("#") else {
            throw KubeClientError.invalidArgument(
                "path \"\(rawPath)\" must not carry a query or fragment; pass the query separately")
        }
        path = rawPath
    }

    mutating func addQuery(_ name: String, _ value: String) {
        query.append((name, value))
    }

    /// The encoded query string without the leading `?`.
    var encodedQuery: String { QueryEncoding.encode(query) }

    /// The full URL below `server`, keeping any path prefix the server URL has (API servers
    /// behind a proxy are often reached at `https://host/k8s/clusters/<id>`).
    func url(relativeTo server: URL) throws -> URL {
        var base = server.absoluteString
        while base.hasSuffix("/") { base.removeLast() }
        var text = base + path
        if !query.isEmpty { text += "?" + encodedQuery }
        guard let url = URL(string: text) else {
            throw KubeClientError.invalidArgument("\"\(text)\" is not a valid URL")
        }
        return url
    }

    /// client-go's `IsValidPathSegmentName`: a segment is rejected rather than encoded when it
    /// contains `/` or `%`, because proxies in front of the API server decode those differently.
    private static func validate(_ segment: String, as what: String) throws {
        if segment.isEmpty {
            throw KubeClientError.invalidArgument("\(what) may not be empty")
        }
        if segment == "." || segment == ".." {
            throw KubeClientError.invalidArgument("\(what) may not be \"\(segment)\"")
        }
        if segment.contains("/") || segment.contains("%") {
            throw KubeClientError.invalidArgument("\(what) \"\(segment)\" may not contain \"/\" or \"%\"")
        }
    }

    /// In a path segment `:` and `@` may stay as they are (RBAC names such as
    /// `system:controller:foo` then read naturally in logs).
    private static let segmentCharacters: Set<UInt8> = QueryEncoding.unreserved.union(Array(":@".utf8))
}
