import Crypto
import KubeClient
import KubeCore

/// The write half of "plan, then apply", one object at a time, through the cache: it writes
/// only when the cache shows the cluster differs from what is wanted, and keeps the cache
/// current with what it wrote. A converged object therefore costs no request at all.
public struct ObjectApplier: Sendable {
    public let client: KubeAPIClient
    /// The server-side apply field manager that owns every field written: one per controller,
    /// so that two controllers writing one object (a Policy condition on a Model) never remove
    /// each other's fields.
    public let fieldManager: String

    /// Where an applied child records a hash of the whole intent it was applied with. Comparing
    /// desired against the cached object alone cannot see a field the plan stopped setting (the
    /// server's object still has it, so desired is still "contained"); the hash changes then,
    /// and the apply that follows lets the server remove the field this manager no longer sets.
    public static let appliedHashAnnotation = "baton.dev/applied-hash"

    public init(client: KubeAPIClient, fieldManager: String) {
        self.client = client
        self.fieldManager = fieldManager
    }

    /// Server-side applies `desired` (a complete object with apiVersion, kind and metadata)
    /// unless the cached object already holds all of it, applied-hash included. Force: the
    /// operator owns these fields, and a conflict with another manager must not leave its
    /// children half-written.
    /// - Returns: whether a write was made.
    @discardableResult
    public func apply(_ desired: JSONValue, in cache: ObjectCache) async throws -> Bool {
        let intent = Self.stamped(desired)
        if let key = ObjectKey(of: intent), let current = cache.get(key), intent.isSubset(of: current) {
            return false
        }
        let written = try await client.resource(cache.resource.resource, namespace: nil)
            .apply(intent, options: PatchOptions(fieldManager: fieldManager, force: true))
        cache.recordWrite(written)
        return true
    }

    /// Creates `desired` unless the cache has an object of that name; an object that exists
    /// already (the cache had not seen it, or an earlier create's response was lost) is left as
    /// it is. Never updates: for kinds whose spec cannot change once running.
    /// - Returns: whether a write was made.
    @discardableResult
    public func create(_ desired: JSONValue, in cache: ObjectCache) async throws -> Bool {
        if let key = ObjectKey(of: desired), cache.get(key) != nil { return false }
        let namespace = desired[path: ["metadata", "namespace"]]?.stringValue
        do {
            let created = try await client.resource(cache.resource.resource, namespace: namespace)
                .create(desired, options: WriteOptions(fieldManager: fieldManager))
            cache.recordWrite(created)
        } catch KubeAPIError.alreadyExists {
            return false
        }
        return true
    }

    /// Merges `desired` (identity and the fields to set) into the cached object when it holds
    /// something else, by a merge patch that leaves every other field, and their owners, as they
    /// are; an object the cache does not have is not created.
    /// - Returns: whether a write was made.
    @discardableResult
    public func patchExisting(_ desired: JSONValue, in cache: ObjectCache) async throws -> Bool {
        guard let key = ObjectKey(of: desired), let current = cache.get(key), !desired.isSubset(of: current) else {
            return false
        }
        var body = desired
        body["apiVersion"] = nil
        body["kind"] = nil
        let written = try await client.resource(cache.resource.resource, namespace: key.namespace)
            .patch(key.name, type: .merge, body: body, options: PatchOptions(fieldManager: fieldManager))
        cache.recordWrite(written)
        return true
    }

    /// Removes the annotation `key` from `object` if it still has `value`, by a JSON patch whose
    /// `test` fails otherwise (then the annotation was changed meanwhile: a new request, kept).
    /// - Returns: whether it was removed.
    @discardableResult
    public func removeAnnotation(_ key: String, value: String, of object: JSONValue, in cache: ObjectCache) async throws -> Bool {
        guard let objectKey = ObjectKey(of: object) else { return false }
        let path = JSONPointer(tokens: ["metadata", "annotations", key])
        do {
            let written = try await client.resource(cache.resource.resource, namespace: objectKey.namespace)
                .patch(
                    objectKey.name, JSONPatch([.test(path: path, value: .string(value)), .remove(path: path)]),
                    options: PatchOptions(fieldManager: fieldManager))
            cache.recordWrite(written)
            return true
        } catch KubeAPIError.invalid, KubeAPIError.conflict, KubeAPIError.notFound {
            // The test failed (changed or removed meanwhile), or the object is gone.
            return false
        }
    }

    /// Server-side applies `status` as the whole of this manager's status of `object`: fields it
    /// set before and leaves out now are removed, fields other managers own are kept. The
    /// caller decides whether the status changed.
    public func applyStatus(_ status: JSONValue, of object: JSONValue, in cache: ObjectCache) async throws {
        var metadata: JSONValue = ["name": object[path: ["metadata", "name"]] ?? ""]
        metadata["namespace"] = object[path: ["metadata", "namespace"]]
        let body: JSONValue = [
            "apiVersion": .string(cache.resource.apiVersion), "kind": .string(cache.resource.kind),
            "metadata": metadata, "status": status,
        ]
        let written = try await client.resource(cache.resource.resource, namespace: nil)
            .apply(body, options: PatchOptions(fieldManager: fieldManager, force: true), subresource: "status")
        cache.recordWrite(written)
    }

    /// Sets one condition in `status.conditions` without touching anything else, by a JSON
    /// patch whose `test` makes sure the list is still as read: for an object the controller
    /// cannot decode, whose status it therefore cannot apply whole (that would drop every other
    /// field it owns). A stale read fails the test, and the retry reads again. An existing
    /// condition of the type keeps its transition time unless its status changes
    /// (`[Condition].setCondition`), so setting it again as it is writes nothing.
    public func setCondition(_ condition: Condition, of object: JSONValue, in cache: ObjectCache) async throws {
        guard let key = ObjectKey(of: object) else { return }
        let conditionsPath = JSONPointer(tokens: ["status", "conditions"])
        var operations: [JSONPatchOperation] = []
        if object["status"] == nil {
            operations.append(
                .add(path: JSONPointer(tokens: ["status"]), value: ["conditions": [try JSONValue(encoding: condition)]]))
        } else if let conditions = object[path: ["status", "conditions"]]?.arrayValue {
            operations.append(.test(path: conditionsPath, value: .array(conditions)))
            if let index = conditions.firstIndex(where: { $0["type"]?.stringValue == condition.type }) {
                var merged = (try? conditions[index].decode(Condition.self)).map { [$0] } ?? []
                merged.setCondition(condition)
                let value = try JSONValue(encoding: merged[0])
                if conditions[index] == value { return }
                operations.append(.replace(path: JSONPointer(tokens: ["status", "conditions", String(index)]), value: value))
            } else {
                operations.append(.add(path: JSONPointer(tokens: ["status", "conditions", "-"]), value: try JSONValue(encoding: condition)))
            }
        } else {
            operations.append(.add(path: conditionsPath, value: [try JSONValue(encoding: condition)]))
        }
        let written = try await client.resource(cache.resource.resource, namespace: key.namespace)
            .patch(key.name, JSONPatch(operations), options: PatchOptions(fieldManager: fieldManager), subresource: "status")
        cache.recordWrite(written)
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

    /// `desired` with `appliedHashAnnotation` set to the hash of `desired` as given.
    static func stamped(_ desired: JSONValue) -> JSONValue {
        var stamped = desired
        let annotations = desired[path: ["metadata", "annotations"]] ?? [:]
        stamped["metadata"]?["annotations"] = annotations
        stamped["metadata"]?["annotations"]?[appliedHashAnnotation] = .string(intentHash(desired))
        return stamped
    }

    /// SHA-256 of the object's JSON with sorted keys, cut to 128 bits: equal for equal intents
    /// whatever the order fields were built in.
    static func intentHash(_ object: JSONValue) -> String {
        let bytes = (try? object.jsonBytes(options: [.sortedKeys])) ?? []
        return SHA256.hash(data: bytes).prefix(16).map { byte in
            let digits = String(byte, radix: 16)
            return digits.count == 1 ? "0" + digits : digits
        }.joined()
    }
}
