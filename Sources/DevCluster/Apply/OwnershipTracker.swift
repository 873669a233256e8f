import KubeCore

/// What kube-apiserver's structured-merge manager and structured-merge-diff's `merge.Updater`
/// do for one write: check the objects against the schema, merge an applied configuration,
/// prune what its manager stopped applying, find conflicts, and move ownership of the fields
/// that changed. Works on objects without `managedFields` and on decoded `ManagedFields`.
struct OwnershipTracker {
    let schema: SchemaNode
    /// Fields the resource resets (such as `status` on the main resource): never owned, and
    /// their changes never move ownership.
    let ignored: FieldSet

    /// Fields no manager ever owns, because the server sets them (`stripMeta`).
    static let serverFields = FieldSet([
        [.field("apiVersion")], [.field("kind")], [.field("metadata")],
        [.field("metadata"), .field("name")], [.field("metadata"), .field("namespace")],
        [.field("metadata"), .field("creationTimestamp")], [.field("metadata"), .field("selfLink")],
        [.field("metadata"), .field("uid")], [.field("metadata"), .field("clusterName")],
        [.field("metadata"), .field("generation")], [.field("metadata"), .field("managedFields")],
        [.field("metadata"), .field("resourceVersion")],
    ])

    /// Records a create, update or non-apply patch from `live` to `new` by `manager`: the fields
    /// that changed leave every other entry and join the manager's; removed fields leave every
    /// entry. The manager's entry gets `time` only when it gained fields, as kube-apiserver
    /// leaves the timestamp of a write that changed nothing alone.
    func recordUpdate(
        from live: JSONValue, to new: JSONValue, by manager: ManagerIdentity, apiVersion: String, at time: KubeTime?,
        in managed: inout ManagedFields
    ) throws(SchemaViolation) {
        for (object, role) in [(new, "new"), (live, "live")] {
            let problems = schema.problems(in: object, allowingDuplicates: true)
            guard problems.isEmpty else {
                throw SchemaViolation(
                    "failed to convert \(role) object (\(object.objectKey)) to smd typed: \(SchemaViolation(problems: problems))")
            }
        }
        let comparison = schema.compare(live, new).excluding(ignored)
        let changed = comparison.changed
        managed.remove(changed, fromAllExcept: nil)
        managed.remove(comparison.removed, fromAllExcept: nil)
        let gained = changed.subtracting(comparison.removed).subtractingRecursively(ignored)
            .subtracting(Self.serverFields)
        guard !gained.isEmpty else { return }
        let previous = managed[manager]?.fields ?? FieldSet()
        managed[manager] = ManagedFieldsEntry(
            identity: manager, apiVersion: apiVersion, time: time, fields: gained.union(previous))
    }

    /// Applies `configuration` to `live` for `manager`, returning the new object (`live` itself
    /// when nothing changes, in which case the manager's timestamp is left alone).
    func apply(
        _ configuration: JSONValue, to live: JSONValue, by manager: ManagerIdentity, apiVersion: String, force: Bool,
        at time: KubeTime?, in managed: inout ManagedFields
    ) throws(ApplyError) -> JSONValue {
        try check(configuration, apiVersion: apiVersion)
        let liveProblems = schema.problems(in: live, allowingDuplicates: true)
        guard liveProblems.isEmpty else {
            throw .invalidLiveObject(
                "failed to create typed live object (\(live.objectKey)): \(SchemaViolation(problems: liveProblems))")
        }

        let lastApplied = managed[manager]
        managed[manager] = ManagedFieldsEntry(
            identity: manager, apiVersion: apiVersion, time: lastApplied?.time,
            fields: schema.fieldSet(of: configuration).subtractingRecursively(ignored))
        let merged = prune(schema.merged(live, configuration), lastApplied: lastApplied?.fields, managed: managed)

        let comparison = schema.compare(live, merged).excluding(ignored)
        let changed = comparison.changed
        let conflicts = managed.entries.filter { $0.key != manager }.flatMap { identity, entry in
            entry.fields.intersection(changed).paths.map { ApplyConflict(manager: identity, path: $0) }
        }
        if !force && !conflicts.isEmpty { throw .conflicts(ApplyConflicts(conflicts)) }
        managed.remove(changed, fromAllExcept: manager)
        managed.remove(comparison.removed, fromAllExcept: manager)
        managed.remove(Self.serverFields, from: manager)

        guard merged != live else { return live }
        managed[manager]?.time = time
        return merged
    }

    /// The checks kube-apiserver makes of an applied configuration before merging it.
    private func check(_ configuration: JSONValue, apiVersion: String) throws(ApplyError) {
        let specified = configuration["apiVersion"]?.stringValue ?? ""
        guard specified == apiVersion else {
            let shown = (try? GroupVersion(apiVersion: specified))?.apiVersion ?? ""
            throw .invalidConfiguration(
                "Incorrect version specified in apply patch. Specified patch version: \(shown), expected: \(apiVersion)")
        }
        if let managedFields = configuration.managedFields, !managedFields.isNull {
            throw .invalidConfiguration("metadata.managedFields must be nil")
        }
        let problems: [String]
        if let kind = configuration["kind"]?.stringValue, !kind.isEmpty {
            problems = schema.problems(in: configuration, allowingDuplicates: false)
        } else {
            // Without a kind there is no type to read the configuration with.
            let groupVersion = (try? GroupVersion(apiVersion: specified)) ?? GroupVersion(group: "", version: "")
            problems = ["no corresponding type for \(groupVersion.withKind(""))"]
        }
        guard problems.isEmpty else {
            throw .invalidConfiguration(
                "failed to create typed patch object (\(configuration.objectKey)): \(SchemaViolation(problems: problems))")
        }
    }

    /// Removes from `merged` what the manager applied last time, no longer applies, and no one
    /// else owns (structured-merge-diff's `prune`, `addBackOwnedItems`, `addBackDanglingItems`).
    /// Declared fields count as owned when anything below them is, so a struct the manager
    /// stopped applying goes as a whole, while one still partly owned stays.
    private func prune(_ merged: JSONValue, lastApplied: FieldSet?, managed: ManagedFields) -> JSONValue {
        guard let lastApplied, !lastApplied.isEmpty else { return merged }
        let last = schema.namedFieldsMadeMembers(lastApplied)
        let mergedFields = schema.namedFieldsMadeMembers(schema.fieldSet(of: merged))

        // Everything the manager last applied goes, then what anyone still owns comes back.
        let pruned = schema.removing(last, from: merged)
        let kept = schema.namedFieldsMadeMembers(schema.fieldSet(of: pruned))
            .union(schema.namedFieldsMadeMembers(managed.allFields))
        let ownedPruned = schema.removing(mergedFields.subtracting(kept), from: merged)

        // Only what the manager itself applied may go: fields no one owns stay.
        let gone = mergedFields.subtracting(schema.namedFieldsMadeMembers(schema.fieldSet(of: ownedPruned)))
            .intersection(last)
        return gone.isEmpty ? merged : schema.removing(gone, from: merged)
    }
}
