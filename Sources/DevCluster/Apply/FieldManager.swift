import KubeCore

/// Field management for one resource, as kube-apiserver's field manager does it: keeps
/// `metadata.managedFields` up to date on every write and performs server-side apply.
///
/// The server calls `update` for creates, updates and non-apply patches (with the object it is
/// about to store) and `apply` for `PATCH` with `application/apply-patch+yaml`. Both take the
/// time to record, so that results are reproducible.
struct FieldManager: Sendable {
    /// kube-apiserver's `DefaultMaxUpdateManagers`.
    static let maxUpdateManagers = 10

    private let schema: SchemaNode
    private let resetFields: [String: FieldSet]

    /// - Parameters:
    ///   - schema: the resource's OpenAPI v3 schema (inline, no `$ref`), or `nil` when there is
    ///     none, in which case maps are granular and lists atomic.
    ///   - resetFields: per subresource (`""` for the main resource), the fields the resource's
    ///     strategy resets and field management therefore ignores (`status` for the main
    ///     resource, `spec` for `status`, and so on).
    init(schema: JSONValue?, resetFields: [String: FieldSet] = [:]) {
        self.schema = SchemaNode.object(schema)
        self.resetFields = resetFields
    }

    /// The object to store for a create (`live == nil`), update or non-apply patch by `manager`,
    /// with its managed fields updated: the fields that changed become `manager`'s (operation
    /// `Update`) and leave other managers.
    ///
    /// As kube-apiserver does: managed fields the request sets are used when they are valid and
    /// not empty (and cleared when it sends `[]` or `[{}]`), the live object's otherwise; an
    /// object that exists without managed fields stays untracked; and when the objects cannot be
    /// read under the schema, the managed fields are dropped rather than the write refused.
    ///
    /// - Parameter now: RFC 3339; an unparsable time records the change without a time.
    func update(
        live: JSONValue?, new: JSONValue, manager: String, apiVersion: String, subresource: String?, now: String
    ) -> JSONValue {
        let requested = new.managedFields
        var result = new
        result.managedFields = nil
        var liveObject = live ?? [:]
        liveObject.managedFields = nil

        var managed = ManagedFields()
        if !ManagedFields.isResetRequest(requested) {
            if let decoded = try? ManagedFields(json: requested), !decoded.isEmpty {
                managed = decoded
            } else if let decoded = try? ManagedFields(json: live?.managedFields) {
                managed = decoded
            }
        }
        // kube-apiserver tracks objects from their creation, and never starts on an untracked
        // one except through an apply.
        guard !managed.isEmpty || live == nil else { return result }

        do {
            try tracker(for: subresource).recordUpdate(
                from: liveObject, to: result, by: Self.identity(manager, .update, apiVersion, subresource),
                apiVersion: apiVersion, at: try? KubeTime(rfc3339: now), in: &managed)
        } catch {
            // kube-apiserver drops managed fields it cannot work out rather than fail the write.
            return result
        }
        managed.capUpdateManagers(Self.maxUpdateManagers)
        result.managedFields = managed.json
        return result
    }

    /// The object a server-side apply of `applied` by `manager` produces, created from nothing
    /// when `live` is `nil`, with its managed fields updated (operation `Apply`).
    ///
    /// - Parameters:
    ///   - applied: the request body, parsed from YAML or JSON.
    ///   - apiVersion: the version of the resource the request addressed (`apps/v1`); the
    ///     configuration must name the same.
    ///   - force: take conflicting fields from their owners instead of failing.
    ///   - now: RFC 3339; an unparsable time records the change without a time.
    func apply(
        live: JSONValue?, applied: JSONValue, manager: String, apiVersion: String, force: Bool, subresource: String?,
        now: String
    ) throws(ApplyError) -> JSONValue {
        let configuration = try Self.configurationObject(applied)
        var managed: ManagedFields
        do {
            managed = try ManagedFields(json: live?.managedFields)
        } catch {
            throw .invalidLiveObject("failed to decode managed fields: \(error)")
        }
        var liveObject = live ?? [:]
        liveObject.managedFields = nil
        let tracker = tracker(for: subresource)
        let time = try? KubeTime(rfc3339: now)

        if managed.isEmpty {
            // Whatever an untracked object holds belongs to a placeholder manager, so that the
            // applier conflicts with it rather than silently taking it over.
            do {
                try tracker.recordUpdate(
                    from: [:], to: liveObject, by: Self.identity("before-first-apply", .update, apiVersion, subresource),
                    apiVersion: apiVersion, at: time, in: &managed)
            } catch {
                throw .invalidLiveObject("failed to create manager for existing fields: \(error)")
            }
        }

        var result = try tracker.apply(
            configuration, to: liveObject, by: Self.identity(manager, .apply, apiVersion, subresource),
            apiVersion: apiVersion, force: force, at: time, in: &managed)
        result.managedFields = managed.json
        return result
    }

    /// The entry a write by `manager` goes to; a request without a manager is `unknown`'s.
    private static func identity(
        _ manager: String, _ operation: ManagedFieldsOperation, _ apiVersion: String, _ subresource: String?
    ) -> ManagerIdentity {
        ManagerIdentity(
            manager: manager.isEmpty ? "unknown" : manager, operation: operation, apiVersion: apiVersion,
            subresource: subresource ?? "")
    }

    private func tracker(for subresource: String?) -> OwnershipTracker {
        OwnershipTracker(schema: schema, ignored: resetFields[subresource ?? ""] ?? FieldSet())
    }

    /// The body as the object kube-apiserver decodes it into: YAML `null` is an empty object,
    /// anything else that is not a map is refused with Go's decoding message.
    private static func configurationObject(_ applied: JSONValue) throws(ApplyError) -> JSONValue {
        let goType: String
        switch applied {
        case .object: return applied
        case .null: return [:]
        case .array: goType = "array"
        case .string: goType = "string"
        case .integer, .number: goType = "number"
        case .bool: goType = "bool"
        }
        throw .invalidConfiguration(
            "error decoding YAML: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal \(goType) into Go value of type map[string]interface {}")
    }
}
