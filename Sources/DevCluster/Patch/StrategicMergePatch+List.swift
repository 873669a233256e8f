import KubeCore

extension StrategicMergePatch {
    /// `patch` merged into the live list `live` of the field `field` (`mergeSliceHandler` and
    /// `mergeSlice`). Only a list whose strategy is `merge`, or a `$deleteFromPrimitiveList`
    /// whatever the strategy, merges; any other list is replaced by the patch as sent.
    static func mergeList(
        _ live: [JSONValue], _ patch: [JSONValue], field: String, elementSchema: PatchSchema,
        metadata: PatchMetadata, isDeletionList: Bool
    ) throws(StrategicMergePatchError) -> MergedList {
        guard metadata.strategy == PatchDirective.merge || isDeletionList else {
            return MergedList(items: patch, liveOrder: live)
        }
        if live.isEmpty && patch.isEmpty {
            return MergedList(items: live, liveOrder: live)
        }
        let kind = try ValueKind.ofElements(live, patch)
        guard kind == .object else {
            return try mergeScalars(
                live, patch, mergeKey: metadata.mergeKey, kind: kind, isDeletionList: isDeletionList)
        }
        guard !metadata.mergeKey.isEmpty else { throw .listWithoutMergeKey(field: field) }
        let directives = try ListDirectives(patch, mergeKey: metadata.mergeKey)
        let survivors = live.filter { !directives.deletes($0) }
        let base = directives.replacesList ? directives.items : survivors
        let toMerge = directives.replacesList ? [] : directives.items
        let (merged, appended) = try mergeByKey(
            toMerge, into: base, mergeKey: metadata.mergeKey, elementSchema: elementSchema)
        let (named, serverOnly) = try ListOrdering.partition(merged, by: toMerge, mergeKey: metadata.mergeKey)
        let items = try ListOrdering.normalize(
            named: named, serverOnly: serverOnly, namedOrder: toMerge, serverOrder: base,
            mergeKey: metadata.mergeKey, kind: kind)
        // A replacement list lives in memory of its own, so only deletions touch the live list's.
        let freedSlots = live.count - survivors.count
        let liveOrder = directives.replacesList ? survivors : survivors + appended.prefix(freedSlots)
        return MergedList(items: items, liveOrder: liveOrder)
    }

    /// A merging list of scalars: the values of both without duplicates, or, for a
    /// `$deleteFromPrimitiveList`, the live values it does not name.
    private static func mergeScalars(
        _ live: [JSONValue], _ patch: [JSONValue], mergeKey: String, kind: ValueKind, isDeletionList: Bool
    ) throws(StrategicMergePatchError) -> MergedList {
        if isDeletionList {
            let deleted = Set(patch)
            return MergedList(items: live.filter { !deleted.contains($0) }, liveOrder: live)
        }
        // apimachinery's deduplication shuffles the values, but the ordering below sorts every one
        // of them by a distinct rank, so keeping first occurrences gives the same result.
        var seen: Set<JSONValue> = []
        let merged = (live + patch).filter { seen.insert($0).inserted }
        let (named, serverOnly) = try ListOrdering.partition(merged, by: patch, mergeKey: mergeKey)
        let items = try ListOrdering.normalize(
            named: named, serverOnly: serverOnly, namedOrder: patch, serverOrder: live, mergeKey: mergeKey, kind: kind)
        return MergedList(items: items, liveOrder: live)
    }

    /// `mergeSliceWithoutSpecialElements`: each patch map merges into the first live map with the
    /// same merge-key value or, when there is none, is appended as sent (a later patch map with
    /// the same key then merges into it). Returns the list and the appended maps.
    private static func mergeByKey(
        _ patch: [JSONValue], into base: [JSONValue], mergeKey: String, elementSchema: PatchSchema
    ) throws(StrategicMergePatchError) -> (items: [JSONValue], appended: [JSONValue]) {
        var items = base
        var appended: [JSONValue] = []
        var index = MergeKeyIndex(items, mergeKey: mergeKey)
        for item in patch {
            guard case let .object(fields) = item else { throw .unexpectedType(expected: .object, actual: item) }
            guard let value = fields[mergeKey] else { throw .missingMergeKey(fields, mergeKey) }
            guard let position = index.first(value), case let .object(current) = items[position] else {
                index.append(value, at: items.count)
                items.append(item)
                appended.append(item)
                continue
            }
            let merged = try mergeMap(current, fields, schema: elementSchema)
            items[position] = .object(merged)
            if merged[mergeKey] != value {
                index.dropFirst(value)
            }
        }
        return (items, appended)
    }
}
