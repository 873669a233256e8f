import KubeCore

/// The decoded `metadata.managedFields` of one object: one entry per manager identity. Entries
/// that own nothing are dropped as soon as they are written to, as kube-apiserver drops them at
/// the next write (until then, one still makes the object count as tracked).
struct ManagedFields: Sendable {
    private(set) var entries: [ManagerIdentity: ManagedFieldsEntry] = [:]

    init() {}

    /// Reads `metadata.managedFields`; absent or `null` is none. A later entry with the same
    /// identity replaces an earlier one, as in kube-apiserver.
    init(json: JSONValue?) throws(ManagedFieldsError) {
        guard let json, !json.isNull else { return }
        guard case let .array(items) = json else {
            throw ManagedFieldsError("managedFields must be a list, not \(json.typeName)")
        }
        for (index, item) in items.enumerated() {
            let entry = try ManagedFieldsEntry(json: item, index: index)
            entries[entry.identity] = entry
        }
    }

    /// Whether a write asks to clear managed fields: an empty list, or a list of one blank entry
    /// (`isResetManagedFields`). `null` or no list at all leaves them as they are.
    static func isResetRequest(_ json: JSONValue?) -> Bool {
        guard case let .array(items)? = json else { return false }
        return items.isEmpty || (items.count == 1 && ManagedFieldsEntry.isBlank(items[0]))
    }

    var isEmpty: Bool { entries.isEmpty }

    /// Setting an entry that owns nothing removes it.
    subscript(identity: ManagerIdentity) -> ManagedFieldsEntry? {
        get { entries[identity] }
        set { entries[identity] = newValue?.fields.isEmpty == false ? newValue : nil }
    }

    /// Takes `fields` away from every manager but `keeper`.
    mutating func remove(_ fields: FieldSet, fromAllExcept keeper: ManagerIdentity?) {
        for identity in entries.keys where identity != keeper {
            remove(fields, from: identity)
        }
    }

    /// Takes `fields` away from `identity`, dropping its entry if it is left with nothing.
    mutating func remove(_ fields: FieldSet, from identity: ManagerIdentity) {
        guard var entry = entries[identity] else { return }
        entry.fields = entry.fields.subtracting(fields)
        self[identity] = entry
    }

    /// Every field some manager owns.
    var allFields: FieldSet {
        entries.values.reduce(FieldSet()) { $0.union($1.fields) }
    }

    /// The list as kube-apiserver writes it (`sortEncodedManagedFields`): appliers first, then
    /// oldest first, then by manager, API version and subresource; `nil` when no one owns
    /// anything, since kube-apiserver then leaves `managedFields` out.
    var json: JSONValue? {
        guard !isEmpty else { return nil }
        let sorted = entries.values.sorted { p, q in
            if p.operation != q.operation { return p.operation.rawValue < q.operation.rawValue }
            let (pSeconds, qSeconds) = (p.time?.secondsSince1970 ?? 0, q.time?.secondsSince1970 ?? 0)
            if pSeconds != qSeconds { return pSeconds < qSeconds }
            if p.manager != q.manager { return byteOrder(p.manager, q.manager) < 0 }
            if p.apiVersion != q.apiVersion { return byteOrder(p.apiVersion, q.apiVersion) < 0 }
            return byteOrder(p.subresource, q.subresource) < 0
        }
        return .array(sorted.map(\.json))
    }

    /// Merges the oldest update entries into one `ancient-changes` entry per API version until
    /// at most `limit` update entries are left, as kube-apiserver caps them (`capManagers`), so
    /// that a stream of differently named updaters cannot grow an object without bound.
    mutating func capUpdateManagers(_ limit: Int) {
        let updaters = entries.values.filter { $0.operation == .update }.sorted { p, q in
            let (pSeconds, qSeconds) = (p.time?.secondsSince1970 ?? 0, q.time?.secondsSince1970 ?? 0)
            if pSeconds != qSeconds { return pSeconds < qSeconds }
            return byteOrder(p.identity.identifier, q.identity.identifier) < 0
        }
        var remaining = updaters.count
        var firstOfVersion: [String: ManagerIdentity] = [:]
        for candidate in updaters where remaining > limit {
            // An earlier merge may have grown the entry (when it is itself a bucket).
            let updater = entries[candidate.identity] ?? candidate
            let bucket = ManagerIdentity(
                manager: "ancient-changes", operation: .update, apiVersion: updater.apiVersion, subresource: "")
            guard let first = firstOfVersion[updater.apiVersion] else {
                // The oldest entry of a version stays as it is until a second one joins it.
                firstOfVersion[updater.apiVersion] = updater.identity
                continue
            }
            // The bucket starts from the oldest entry of the version, which it replaces.
            var bucketFields = entries[bucket]?.fields ?? FieldSet()
            if entries[bucket] == nil, let firstEntry = entries.removeValue(forKey: first) {
                bucketFields = firstEntry.fields
            }
            entries[bucket] = ManagedFieldsEntry(
                identity: bucket, apiVersion: updater.apiVersion, time: updater.time,
                fields: updater.fields.union(bucketFields))
            // As in kube-apiserver, this drops the bucket itself when the bucket is the entry
            // being merged (an old bucket newer than another entry of its version).
            entries[updater.identity] = nil
            remaining -= 1
        }
    }
}
