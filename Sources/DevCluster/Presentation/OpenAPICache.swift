import KubeCore
import Synchronization

/// The OpenAPI documents, encoded once per registry generation: they are large (the built-in
/// schemas alone are megabytes) and kubectl fetches them on every apply, so rebuilding them
/// per request would spend the server's threads on it.
final class OpenAPICache: Sendable {
    private struct Entry {
        var generation: Int
        var bytes: [String: [UInt8]] = [:]
    }

    private let registry: ResourceRegistry
    private let entry = Mutex(Entry(generation: -1))

    init(registry: ResourceRegistry) {
        self.registry = registry
    }

    /// The encoded document for `key` (`root`, `v2`, or `<group>/<version>`), nil when there is
    /// no such document.
    func document(_ key: String, build: (OpenAPIDocuments) -> JSONValue?) -> [UInt8]? {
        let generation = registry.generation
        if let cached = entry.withLock({ $0.generation == generation ? $0.bytes[key] : nil }) { return cached }
        guard let document = build(OpenAPIDocuments(registry: registry)), let bytes = try? document.jsonBytes() else { return nil }
        entry.withLock { entry in
            if entry.generation != generation { entry = Entry(generation: generation) }
            entry.bytes[key] = bytes
        }
        return bytes
    }
}
