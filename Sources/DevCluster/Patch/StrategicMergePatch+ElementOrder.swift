import KubeCore

extension StrategicMergePatch {
    /// `mergePatchIntoOriginal`: every `$setElementOrder/<field>` of `patch` merges that field's
    /// list and orders it — the items the directive names in its order, the server-only ones where
    /// the live list had them — then takes the list out of the patch so it is not merged again.
    static func applyElementOrders(
        to live: inout JSONObject, from patch: inout JSONObject, schema: PatchSchema
    ) throws(StrategicMergePatchError) {
        let directives = patch.filter { PatchDirective.key($0.key, hasPrefix: PatchDirective.setElementOrder) }
        for (directiveKey, directive) in directives {
            patch.removeValue(forKey: directiveKey)
            guard case let .array(order) = directive else { throw .unexpectedType(expected: .array, actual: directive) }
            let field = try PatchDirective.field(
                of: directiveKey, prefix: PatchDirective.setElementOrder, malformed: .badSetElementOrderFormat)
            let current = try listValue(live[field])
            let change = try listValue(patch[field])
            let (elementSchema, metadata) = try schema.listField(field)
            try validate(change ?? [], against: order, mergeKey: metadata.mergeKey)
            let merged: MergedList
            switch (current, change) {
            case let (current?, nil):
                merged = MergedList(items: current, liveOrder: current)
            case let (nil, change?):
                merged = MergedList(items: JSONValue.removingDirectives(from: change), liveOrder: [])
            case let (current?, change?):
                merged = try mergeList(
                    current, change, field: field, elementSchema: elementSchema, metadata: metadata,
                    isDeletionList: false)
            case (nil, nil):
                continue
            }
            let (named, serverOnly) = try ListOrdering.partition(merged.items, by: order, mergeKey: metadata.mergeKey)
            let kind = try ValueKind.ofElements(current ?? [], change ?? [])
            live[field] = .array(
                try ListOrdering.normalize(
                    named: named, serverOnly: serverOnly, namedOrder: order, serverOrder: merged.liveOrder,
                    mergeKey: metadata.mergeKey, kind: kind))
            patch.removeValue(forKey: field)
        }
    }

    /// The list a field holds, `nil` when there is no such field; any other value is an error.
    private static func listValue(_ value: JSONValue?) throws(StrategicMergePatchError) -> [JSONValue]? {
        guard let value else { return nil }
        guard case let .array(elements) = value else { throw .unexpectedType(expected: .array, actual: value) }
        return elements
    }

    /// `validatePatchWithSetOrderList`: the patch list's items, deletions and other directives
    /// aside, must appear in `order` in the same relative order.
    private static func validate(
        _ patch: [JSONValue], against order: [JSONValue], mergeKey: String
    ) throws(StrategicMergePatchError) {
        guard !order.isEmpty, !patch.isEmpty else { return }
        let items = mergeKey.isEmpty ? patch : try ListOrdering.splitDeletions(patch).kept
        var itemIndex = 0
        var orderIndex = 0
        while itemIndex < items.count, orderIndex < order.count {
            if items[itemIndex].objectValue?[PatchDirective.marker] != nil {
                itemIndex += 1
                continue
            }
            if try mergeKeyValuesEqual(items[itemIndex], order[orderIndex], mergeKey: mergeKey) {
                itemIndex += 1
            }
            orderIndex += 1
        }
        guard itemIndex == items.count else { throw .orderMismatch(list: patch, order: order) }
    }

    /// `mergeKeyValueEqual`: scalars compare whole, maps by their merge key, which both must have.
    private static func mergeKeyValuesEqual(
        _ left: JSONValue, _ right: JSONValue, mergeKey: String
    ) throws(StrategicMergePatchError) -> Bool {
        guard !mergeKey.isEmpty else { return left == right }
        guard case let .object(leftFields) = left else { throw .unexpectedType(expected: .object, actual: left) }
        guard case let .object(rightFields) = right else { throw .unexpectedType(expected: .object, actual: right) }
        guard let leftValue = leftFields[mergeKey] else { throw .missingMergeKey(leftFields, mergeKey) }
        guard let rightValue = rightFields[mergeKey] else { throw .missingMergeKey(rightFields, mergeKey) }
        return leftValue == rightValue
    }
}
