import KubeCore

/// The order of a merged list (apimachinery's `partition…ByPresentInList`,
/// `normalizeElementOrder`, `normalizeSliceOrder` and `mergeSortedSlice`): the items a patch
/// names follow the patch's order, the server-only items keep the live order, and the two are
/// interleaved by where the live list had them. An item the live list never had goes before the
/// server-only items still waiting, which is why a container added by `kubectl patch` comes first.
///
/// Items are compared by merge key for lists of maps and by value otherwise, always against the
/// first occurrence in the order list; ranks are looked up in dictionaries rather than scanned.
enum ListOrdering {
    /// Splits `items` into those `order` names and the rest, each in `items`' order. With a merge
    /// key every item must be a map that has it, and `order` is searched as apimachinery searches
    /// it, failing at a non-map that comes before the match.
    static func partition(
        _ items: [JSONValue], by order: [JSONValue], mergeKey: String
    ) throws(StrategicMergePatchError) -> (named: [JSONValue], serverOnly: [JSONValue]) {
        var named: [JSONValue] = []
        var serverOnly: [JSONValue] = []
        guard !mergeKey.isEmpty else {
            let members = Set(order)
            for item in items {
                if members.contains(item) { named.append(item) } else { serverOnly.append(item) }
            }
            return (named, serverOnly)
        }
        let firstNonMap = order.firstIndex { $0.objectValue == nil }
        var firstPositions: [JSONValue: Int] = [:]
        for (position, entry) in order.enumerated() {
            if let value = entry.objectValue?[mergeKey], firstPositions[value] == nil {
                firstPositions[value] = position
            }
        }
        for item in items {
            guard case let .object(fields) = item else { throw .unexpectedType(expected: .object, actual: item) }
            guard let value = fields[mergeKey] else { throw .missingMergeKey(fields, mergeKey) }
            if let position = firstPositions[value], position < firstNonMap ?? Int.max {
                named.append(item)
            } else if let firstNonMap {
                throw .notAMap(index: firstNonMap)
            } else {
                serverOnly.append(item)
            }
        }
        return (named, serverOnly)
    }

    /// The named items sorted by `namedOrder`, the server-only ones by `serverOrder`, merged.
    static func normalize(
        named: [JSONValue], serverOnly: [JSONValue], namedOrder: [JSONValue], serverOrder: [JSONValue],
        mergeKey: String, kind: ValueKind
    ) throws(StrategicMergePatchError) -> [JSONValue] {
        let sortedNamed = try sorted(named, by: namedOrder, mergeKey: mergeKey, kind: kind)
        let sortedServerOnly = try sorted(serverOnly, by: serverOrder, mergeKey: mergeKey, kind: kind)
        return interleave(
            serverOnly: sortedServerOnly, named: sortedNamed, serverOrder: serverOrder, mergeKey: mergeKey, kind: kind)
    }

    /// `items` without the maps that carry `$patch: delete`, and those maps (`extractToDeleteItems`).
    /// Every item must be a map.
    static func splitDeletions(
        _ items: [JSONValue]
    ) throws(StrategicMergePatchError) -> (kept: [JSONValue], deletions: [JSONValue]) {
        var kept: [JSONValue] = []
        var deletions: [JSONValue] = []
        for item in items {
            guard case let .object(fields) = item else { throw .unexpectedType(expected: .object, actual: item) }
            if fields[PatchDirective.marker] == .string(PatchDirective.delete) {
                deletions.append(item)
            } else {
                kept.append(item)
            }
        }
        return (kept, deletions)
    }

    /// `normalizeSliceOrder`: a stable sort by position in `order`. Deletion directives go last.
    /// An item `order` lacks — only possible when `$setElementOrder` is sent for a list that does
    /// not merge, which kubectl never does — goes after the others, where apimachinery's
    /// comparator, being no ordering at all, leaves it wherever its sort happens to.
    private static func sorted(
        _ items: [JSONValue], by order: [JSONValue], mergeKey: String, kind: ValueKind
    ) throws(StrategicMergePatchError) -> [JSONValue] {
        var items = items
        var deletions: [JSONValue] = []
        if kind == .object {
            try requireMergeKey(mergeKey, in: items)
            try requireMergeKey(mergeKey, in: order)
            (items, deletions) = try splitDeletions(items)
        }
        let rank = ranks(of: order, mergeKey: mergeKey, kind: kind)
        let keyed = items.enumerated().map {
            (rank: rank[sortKey($1, mergeKey: mergeKey, kind: kind)] ?? Int.max, offset: $0, item: $1)
        }
        return keyed.sorted { ($0.rank, $0.offset) < ($1.rank, $1.offset) }.map(\.item) + deletions
    }

    /// `mergeSortedSlice`: walks both lists, taking the server-only item only when the live list
    /// had it before the named item, so named items the live list lacks come out first.
    private static func interleave(
        serverOnly: [JSONValue], named: [JSONValue], serverOrder: [JSONValue], mergeKey: String, kind: ValueKind
    ) -> [JSONValue] {
        let rank = ranks(of: serverOrder, mergeKey: mergeKey, kind: kind)
        var result: [JSONValue] = []
        result.reserveCapacity(serverOnly.count + named.count)
        var left = serverOnly[...]
        var right = named[...]
        while let server = left.first, let patch = right.first {
            if let serverRank = rank[sortKey(server, mergeKey: mergeKey, kind: kind)],
                let patchRank = rank[sortKey(patch, mergeKey: mergeKey, kind: kind)], serverRank < patchRank
            {
                result.append(server)
                left.removeFirst()
            } else {
                result.append(patch)
                right.removeFirst()
            }
        }
        return result + left + right
    }

    /// `validateMergeKeyInLists`: every item a map that has the merge key.
    private static func requireMergeKey(_ mergeKey: String, in items: [JSONValue]) throws(StrategicMergePatchError) {
        for item in items {
            guard case let .object(fields) = item else { throw .unexpectedType(expected: .object, actual: item) }
            guard fields[mergeKey] != nil else { throw .missingMergeKey(fields, mergeKey) }
        }
    }

    /// The first position of each sort key in `order`.
    private static func ranks(of order: [JSONValue], mergeKey: String, kind: ValueKind) -> [JSONValue: Int] {
        var ranks: [JSONValue: Int] = [:]
        for (position, item) in order.enumerated() {
            let key = sortKey(item, mergeKey: mergeKey, kind: kind)
            if ranks[key] == nil {
                ranks[key] = position
            }
        }
        return ranks
    }

    /// What an item is compared by: its merge key in a list of maps (null when absent, as Go's nil
    /// matches nil), the item itself otherwise.
    private static func sortKey(_ item: JSONValue, mergeKey: String, kind: ValueKind) -> JSONValue {
        kind == .object ? item.objectValue?[mergeKey] ?? .null : item
    }
}
