/// A container image reference read as a container runtime reads it (the distribution
/// reference grammar): `registry.example.com:5000/ml/train:1.4@sha256:…`. A first component
/// with a `.` or a `:`, or `localhost`, is the registry; otherwise the image is Docker Hub's
/// (`python:3.11` is `docker.io/library/python:3.11`).
public struct ImageReference: Sendable, Hashable {
    /// Host, with its port when given, lower-cased.
    public var registry: String
    /// The repository path below the registry, such as `ml/train` or `library/python`.
    public var repository: String
    public var tag: String?
    public var digest: String?

    public static let dockerHub = "docker.io"

    /// Nil when `text` is not an image reference.
    public init?(_ text: String) {
        var rest = Substring(text)
        if let at = rest.firstIndex(of: "@") {
            let digest = rest[rest.index(after: at)...]
            guard digest.contains(":"), !digest.contains("/") else { return nil }
            self.digest = String(digest)
            rest = rest[..<at]
        }
        var components = rest.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard !components.isEmpty, components.allSatisfy({ !$0.isEmpty }) else { return nil }
        if let colon = components[components.count - 1].lastIndex(of: ":") {
            let last = components[components.count - 1]
            tag = String(last[last.index(after: colon)...])
            components[components.count - 1] = String(last[..<colon])
            guard let tag, !tag.isEmpty, tag.count <= 128 else { return nil }
        }
        let first = components[0]
        if components.count > 1, first.contains(".") || first.contains(":") || first == "localhost" {
            registry = first.lowercased()
            components.removeFirst()
        } else {
            registry = Self.dockerHub
            if components.count == 1 { components.insert("library", at: 0) }
        }
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789._-")
        guard components.allSatisfy({ $0.allSatisfy(allowed.contains) }), !text.contains(" ") else { return nil }
        repository = components.joined(separator: "/")
    }

    /// Whether the image comes from `prefix`: a registry (`registry.example.com`, with its
    /// port if the image has one) or a registry and a path (`registry.example.com/ml`), whole
    /// components only — `registry.example.com/ml` does not admit `…/mlx/train`.
    public func isFrom(_ prefix: String) -> Bool {
        let parts = prefix.split(separator: "/", maxSplits: 1).map(String.init)
        guard let host = parts.first?.lowercased(), host == registry else { return false }
        guard parts.count == 2 else { return true }
        let path = parts[1].hasSuffix("/") ? String(parts[1].dropLast()) : parts[1]
        return repository == path || repository.hasPrefix(path + "/")
    }
}
