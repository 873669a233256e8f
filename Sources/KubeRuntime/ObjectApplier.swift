import KubeClient
import KubeCore

/// The write half of "plan, then apply": server-side applies a desired object only when the
/// cache shows the cluster differs from it, and keeps the cache current with what it wrote.
/// A converged object therefore costs no request at all.
public struct ObjectApplier: Sendable {
    public let client: KubeAPIClient
    /// The server-side apply field manager that owns every field written.
    public let fieldManager: String

    public init(client: KubeAPIClient, fieldManager: String) {
        self.client = client
        self.fieldManager = fieldManager
    }

    /// Applies `desired` (a complete object with apiVersion, kind and metadata) unless the
    /// cached object already holds all of it. Force: the operator owns these fields, and a
    /// conflict with another manager must not leave its children half-written.
    /// - Returns: whether a write was made.
    @discardableResult
    public func apply(_ desired: JSONValue, in cache: ObjectCache) async throws -> Bool {
        if let key = ObjectKey(of: desired), let current = cache.get(key), desired.isSubset(of: current) {
            return false
        }
        let written = try await client.resource(cache.resource.resource, namespace: nil)
            .apply(desired, options: PatchOptions(fieldManager: fieldManager, force: true))
        cache.recordWrite(written)
        return true
    }

    /// Applies `status` to the object's status subresource unless the cached status equals it.
    /// - Returns: whether a write was made.
    @discardableResult
    public func applyStatus(_ status: JSONValue, of object: JSONValue, in cache: ObjectCache) async throws -> Bool {
        if let key = ObjectKey(of: object), cache.get(key)?["status"] == status { return false }
        var metadata: JSONValue = ["name": object[path: ["metadata", "name"]] ?? ""]
        metadata["namespace"] = object[path: ["metadata", "namespace"]]
        let body: JSONValue = [
            "apiVersion": .string(cache.resource.apiVersion), "kind": .string(cache.resource.kind),
            "metadata": metadata, "status": status,
        ]
        let written = try await client.resource(cache.resource.resource, namespace: nil)
            .apply(body, options: PatchOptions(fieldManager: fieldManager, force: true), subresource: "status")
        cache.recordWrite(written)
        return true
    }

    /// Deletes the cached object with this key, if the cache has it and it is not already
    /// going; the UID precondition makes sure a newer object of the same name is never hit.
    /// - Returns: whether a request was made.
    @discardableResult
    public func delete(_ key: ObjectKey, in cache: ObjectCache) async throws -> Bool {
        guard let current = cache.get(key), current[path: ["metadata", "deletionTimestamp"]] == nil,
            let uid = current[path: ["metadata", "uid"]]?.stringValue
        else { return false }
        do {
            _ = try await client.resource(cache.resource.resource, namespace: key.namespace).delete(
                key.name,
                options: DeleteOptions(propagationPolicy: .background, preconditions: .init(uid: uid)))
        } catch KubeAPIError.notFound {
            // Already gone: what was wanted.
        }
        return true
    }
}
