import Foundation
import KubeCore

/// The write semantics of kube-apiserver's generic registry, for every resource: server-set
/// metadata, status isolation, generation, optimistic concurrency with retried patches,
/// finalizers and deletionTimestamp, managed fields, dry run, and the kind's own strategy.
/// HTTP handlers and in-cluster controllers (GC, namespaces, simulation) both write through it.
struct ObjectWrites: Sendable {
    let store: ObjectStore
    let registry: ResourceRegistry
    let clusterIPs: ClusterIPAllocator
    let clock: @Sendable () -> Date

    struct Result: Sendable {
        var object: JSONValue
        var warnings: [String] = []
    }

    /// How often a patch or an internal update is re-applied to a fresher object after losing a
    /// compare-and-swap race before giving up with 409 (kube-apiserver retries the same way).
    static let maximumAttempts = 16

    var now: KubeTime { KubeTime(clock()) }

    private func context(_ options: WriteOptions) -> StrategyContext {
        StrategyContext(now: now, clusterIPs: clusterIPs, dryRun: options.dryRun)
    }

    // MARK: - Create

    func create(
        _ type: ResourceType, namespace: String?, _ body: JSONValue, _ options: WriteOptions,
        manager: FieldManagement = .update
    ) throws(APIError) -> Result {
        var object = body
        try TypeMetaRules.check(object, type)
        try NamespaceRules.assign(&object, type, namespace)
        if type.namespaced, let namespace { try NamespaceRules.requireActive(namespace, store: store) }
        if (object[path: ["metadata", "name"]]?.stringValue ?? "").isEmpty,
            let prefix = object[path: ["metadata", "generateName"]]?.stringValue, !prefix.isEmpty
        {
            object[path: ["metadata", "name"]] = .string(NameGenerator.name(prefix: prefix))
        }
        let name = object[path: ["metadata", "name"]]?.stringValue ?? ""
        var metadata = object["metadata"]?.objectValue ?? [:]
        for key in ["resourceVersion", "deletionTimestamp", "deletionGracePeriodSeconds", "selfLink", "generation"] {
            metadata[key] = nil
        }
        metadata["uid"] = .string(UUID().uuidString.lowercased())
        metadata["creationTimestamp"] = .string(now.rfc3339)
        if type.tracksGeneration { metadata["generation"] = 1 }
        object["metadata"] = .object(metadata)
        let strategy = Strategies.strategy(for: type)
        if type.isCustom && type.hasStatus { object["status"] = nil }
        strategy.prepareForCreate(&object, context(options))
        let warnings = try SchemaRules.normalize(&object, type, options)
        try validate(object, old: nil, type, strategy, name: name)
        switch manager {
        case .update:
            object = FieldManager(type).update(
                live: nil, new: object, manager: options.fieldManager, apiVersion: type.apiVersion, subresource: nil,
                now: now.rfc3339)
        case .applied:
            break
        }
        if options.dryRun { return Result(object: object, warnings: warnings) }
        do {
            let stored = try store.create(type.storageKey, key(type, object), storageForm(object, type))
            return Result(object: served(stored, as: type), warnings: warnings)
        } catch {
            strategy.deleted(object, context(options))
            throw .init(.alreadyExists(group: type.group, resource: type.plural, name: name))
        }
    }

    // MARK: - Update

    /// Updates an object through `transform` (a PUT body, or a patch applied to the current
    /// object), re-reading and re-applying after a lost race, as the API server's
    /// GuaranteedUpdate does; a resourceVersion the request pinned must match the object read.
    /// `subresource` is nil or "status".
    func update(
        _ type: ResourceType, namespace: String?, name: String, subresource: String? = nil, _ options: WriteOptions,
        manager: FieldManagement = .update,
        transform: (JSONValue) throws(APIError) -> JSONValue
    ) throws(APIError) -> Result {
        let objectKey = ObjectKey(namespace: type.namespaced ? namespace ?? "" : "", name: name)
        let strategy = Strategies.strategy(for: type)
        for _ in 0..<Self.maximumAttempts {
            guard let stored = store.get(type.storageKey, objectKey) else { throw .notFound(type, name) }
            let current = served(stored, as: type)
            var proposed = try transform(current)
            let pinned = proposed.resourceVersion ?? ""
            if !pinned.isEmpty && pinned != current.resourceVersion { throw .conflict(type, name) }
            try TypeMetaRules.check(proposed, type)
            try NamespaceRules.assign(&proposed, type, namespace)
            let bodyName = proposed[path: ["metadata", "name"]]?.stringValue ?? ""
            guard bodyName.isEmpty || bodyName == name else {
                throw .badRequest("the name of the object (\(bodyName)) does not match the name on the URL (\(name))")
            }
            var object = try carryOver(current, into: proposed, type, subresource: subresource)
            strategy.prepareForUpdate(&object, old: current, context(options))
            let warnings = try SchemaRules.normalize(&object, type, options)
            bumpGeneration(&object, old: current, type)
            try validate(object, old: current, type, strategy, name: name)
            try FinalizerRules.checkNoNewFinalizers(object, old: current, type, name: name)
            switch manager {
            case .update:
                object = FieldManager(type).update(
                    live: current, new: object, manager: options.fieldManager, apiVersion: type.apiVersion,
                    subresource: subresource, now: now.rfc3339)
            case .applied:
                break
            }
            if Self.sameIgnoringManagedFieldTimes(object, current) { object = current }
            if options.dryRun { return Result(object: object, warnings: warnings) }
            do {
                let written = try store.replace(type.storageKey, objectKey, with: storageForm(object, type), expected: current.resourceVersion ?? "")
                let result = served(written, as: type)
                if FinalizerRules.readyToDelete(result, type) {
                    _ = try? store.delete(type.storageKey, objectKey, expected: written.resourceVersion ?? "")
                    strategy.deleted(result, context(options))
                }
                return Result(object: result, warnings: warnings)
            } catch .conflict {
                // Lost a race: re-read and re-run the transform. A request that pinned a
                // resourceVersion fails the check above on the re-read; a patch only carries the
                // current object's version, so it is re-applied to the winner's result.
                continue
            } catch {
                throw .notFound(type, name)
            }
        }
        throw .conflict(type, name)
    }

    /// How a write's managed fields are decided: from what changed (create, update and patch),
    /// or already, by server-side apply, in the object written.
    enum FieldManagement: Sendable {
        case update
        case applied
    }

    /// Applies the rules every update obeys: server-owned metadata comes from the stored
    /// object; the main resource cannot change status, and `/status` can change only status.
    private func carryOver(_ current: JSONValue, into proposed: JSONValue, _ type: ResourceType, subresource: String?) throws(APIError) -> JSONValue {
        if let uid = proposed[path: ["metadata", "uid"]]?.stringValue, !uid.isEmpty,
            uid != current[path: ["metadata", "uid"]]?.stringValue
        {
            throw .invalid(type, current[path: ["metadata", "name"]]?.stringValue ?? "", [
                .invalid("metadata.uid", .string(uid), "field is immutable"),
            ])
        }
        var object: JSONValue
        switch subresource {
        case "status":
            object = current
            object["status"] = proposed["status"]
            // Server-side apply to /status has already worked out who owns what, status
            // fields included; dropping its managedFields would forget the applier's fields,
            // and a later apply could no longer remove the ones it stopped setting.
            if let fields = proposed[path: ["metadata", "managedFields"]] {
                object[path: ["metadata", "managedFields"]] = fields
            }
            return object
        case "finalize":
            object = current
            object[path: ["spec", "finalizers"]] = proposed[path: ["spec", "finalizers"]]
            return object
        default:
            break
        }
        object = proposed
        for key in ["uid", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "generation", "selfLink"] {
            object[path: ["metadata", key]] = current[path: ["metadata", key]]
        }
        if proposed[path: ["metadata", "managedFields"]] == nil {
            object[path: ["metadata", "managedFields"]] = current[path: ["metadata", "managedFields"]]
        }
        if type.hasStatus { object["status"] = current["status"] }
        if type.group == "", type.kind == "Namespace" {
            object[path: ["spec", "finalizers"]] = current[path: ["spec", "finalizers"]]
        }
        return object
    }

    /// `metadata.generation` counts changes to the desired state: with a status subresource,
    /// anything but metadata and status; without one, anything but metadata.
    private func bumpGeneration(_ object: inout JSONValue, old: JSONValue, _ type: ResourceType) {
        guard type.tracksGeneration else { return }
        func desired(_ value: JSONValue) -> JSONValue {
            var copy = value
            copy["metadata"] = nil
            if type.hasStatus { copy["status"] = nil }
            return copy
        }
        let generation = old[path: ["metadata", "generation"]]?.intValue ?? 1
        object[path: ["metadata", "generation"]] = .integer(desired(object) == desired(old) ? generation : generation + 1)
    }

    private func validate(_ object: JSONValue, old: JSONValue?, _ type: ResourceType, _ strategy: any ObjectStrategy, name: String) throws(APIError) {
        var errors = ObjectMetaValidation.validate(object, nameRule: strategy.nameRule)
        errors += strategy.validate(object, old: old)
        if let schema = type.structuralSchema, type.isCustom { errors += schema.validate(object) }
        if !errors.isEmpty { throw .invalid(type, name, errors) }
    }

    /// A write whose only difference is the time stamps of managed fields changes nothing
    /// (kube-apiserver drops such no-op updates rather than bump the resourceVersion).
    private static func sameIgnoringManagedFieldTimes(_ a: JSONValue, _ b: JSONValue) -> Bool {
        func withoutTimes(_ value: JSONValue) -> JSONValue {
            var copy = value
            if let entries = copy[path: ["metadata", "managedFields"]]?.arrayValue {
                copy[path: ["metadata", "managedFields"]] = .array(entries.map { var e = $0; e["time"] = nil; return e })
            }
            return copy
        }
        return withoutTimes(a) == withoutTimes(b)
    }

    // MARK: - Delete

    struct DeleteOptions: Sendable {
        enum Propagation: String, Sendable {
            case background = "Background"
            case foreground = "Foreground"
            case orphan = "Orphan"
        }

        var propagation: Propagation?
        var preconditionUID: String?
        var preconditionResourceVersion: String?
        var dryRun = false
    }

    /// Deletes now when nothing holds the object; otherwise marks it (deletionTimestamp, and the
    /// `foregroundDeletion` or `orphan` finalizer the propagation policy asks for) and returns
    /// it still present.
    func delete(_ type: ResourceType, namespace: String?, name: String, _ options: DeleteOptions) throws(APIError) -> (object: JSONValue, deleted: Bool) {
        let objectKey = ObjectKey(namespace: type.namespaced ? namespace ?? "" : "", name: name)
        let strategy = Strategies.strategy(for: type)
        for _ in 0..<Self.maximumAttempts {
            guard let stored = store.get(type.storageKey, objectKey) else { throw .notFound(type, name) }
            let current = served(stored, as: type)
            let uid = current[path: ["metadata", "uid"]]?.stringValue ?? ""
            if let expected = options.preconditionUID, expected != uid {
                throw APIError(.conflict(
                    group: type.group, resource: type.plural, name: name,
                    problem: "Precondition failed: UID in precondition: \(expected), UID in object meta: \(uid)"))
            }
            if let expected = options.preconditionResourceVersion, expected != current.resourceVersion {
                throw APIError(.conflict(
                    group: type.group, resource: type.plural, name: name,
                    problem: "Precondition failed: ResourceVersion in precondition: \(expected), ResourceVersion in object meta: \(current.resourceVersion ?? "")"))
            }
            var marked = current
            FinalizerRules.markForDeletion(&marked, type, propagation: options.propagation ?? .background, now: now)
            if FinalizerRules.isHeld(marked, type) {
                if options.dryRun || marked == current { return (marked, false) }
                do {
                    let written = try store.replace(type.storageKey, objectKey, with: storageForm(marked, type), expected: current.resourceVersion ?? "")
                    return (served(written, as: type), false)
                } catch .conflict {
                    continue
                } catch {
                    throw .notFound(type, name)
                }
            }
            if options.dryRun { return (current, true) }
            do {
                let deleted = try store.delete(type.storageKey, objectKey, expected: current.resourceVersion ?? "")
                strategy.deleted(deleted, context(WriteOptions(fieldManager: "")))
                return (served(deleted, as: type), true)
            } catch .conflict {
                continue
            } catch {
                throw .notFound(type, name)
            }
        }
        throw .conflict(type, name)
    }

    // MARK: - Versions

    /// The object as the requested version serves it (CRD versions share one stored form; the
    /// conversion strategy is None, so only apiVersion changes).
    func served(_ object: JSONValue, as type: ResourceType) -> JSONValue {
        if let form = type.storedAs { return form.fromStorage(object) }
        guard type.isCustom, object["apiVersion"]?.stringValue != type.apiVersion else { return object }
        var copy = object
        copy["apiVersion"] = .string(type.apiVersion)
        return copy
    }

    /// The object in the form its resource is stored in.
    private func storageForm(_ object: JSONValue, _ type: ResourceType) -> JSONValue {
        type.storedAs?.toStorage(object) ?? object
    }

    func key(_ type: ResourceType, _ object: JSONValue) -> ObjectKey {
        ObjectKey(
            namespace: type.namespaced ? object[path: ["metadata", "namespace"]]?.stringValue ?? "" : "",
            name: object[path: ["metadata", "name"]]?.stringValue ?? "")
    }
}
