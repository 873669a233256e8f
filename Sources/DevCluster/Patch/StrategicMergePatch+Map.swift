import KubeCore

extension StrategicMergePatch {
    /// `patch` merged into `live` (`mergeMap`): directives first, then field by field in the
    /// patch's order. Fields keep their live position; new ones follow in patch order.
    static func mergeMap(
        _ live: JSONObject, _ patch: JSONObject, schema: PatchSchema
    ) throws(StrategicMergePatchError) -> JSONObject {
        if let directive = patch[PatchDirective.marker] {
            return try applyMapDirective(directive, patch)
        }
        var merged = live
        var patch = patch
        try retainKeys(of: &merged, as: &patch)
        try applyElementOrders(to: &merged, from: &patch, schema: schema)
        for (key, value) in patch {
            try mergeField(key, value, into: &merged, schema: schema)
        }
        return merged
    }

    /// `handleDirectiveInMergeMap`: `replace` takes the patch as the whole map, nested directives
    /// and nulls included, as apimachinery does; `delete` empties the map but keeps the field.
    private static func applyMapDirective(
        _ directive: JSONValue, _ patch: JSONObject
    ) throws(StrategicMergePatchError) -> JSONObject {
        switch directive {
        case .string(PatchDirective.replace):
            var replacement = patch
            replacement.removeValue(forKey: PatchDirective.marker)
            return replacement
        case .string(PatchDirective.delete):
            return [:]
        default:
            throw .unknownPatchType(directive, in: patch)
        }
    }

    /// `applyRetainKeysDirective`: clears the live fields `$retainKeys` leaves out. Every field the
    /// patch sets must be listed; fields it nulls and parallel lists need not be.
    private static func retainKeys(
        of live: inout JSONObject, as patch: inout JSONObject
    ) throws(StrategicMergePatchError) {
        guard let directive = patch.removeValue(forKey: PatchDirective.retainKeys) else { return }
        guard case let .array(names) = directive else { throw .badRetainKeysFormat }
        let kept = Set(names)
        for (key, value) in patch where !value.isNull && !PatchDirective.isParallelList(key) {
            guard kept.contains(.string(key)) else { throw .badRetainKeysFormat }
        }
        live.removeAll { !kept.contains(.string($0.key)) }
    }

    /// One field of the patch merged into `live`: a null deletes, a value of another type or for a
    /// field `live` lacks is taken as it is, maps and lists of the same type merge by the schema.
    private static func mergeField(
        _ patchKey: String, _ value: JSONValue, into live: inout JSONObject, schema: PatchSchema
    ) throws(StrategicMergePatchError) {
        var key = patchKey
        let isDeletionList = PatchDirective.key(patchKey, hasPrefix: PatchDirective.deleteFromPrimitiveList)
        if isDeletionList {
            let field = try PatchDirective.field(
                of: patchKey, prefix: PatchDirective.deleteFromPrimitiveList, malformed: .badPrimitiveListFormat)
            // Go keeps the prefixed key when nothing follows the slash; no live field has that name.
            if !field.isEmpty {
                key = field
            }
        }
        if value.isNull {
            live.removeValue(forKey: key)
            return
        }
        guard let current = live[key], ValueKind(current) == ValueKind(value) else {
            // A deletion list with nothing to delete from adds nothing.
            if !isDeletionList {
                live[key] = value.removingNullMembers().removingDirectives()
            }
            return
        }
        switch (current, value) {
        case let (.object(currentMembers), .object(patchMembers)):
            let (fieldSchema, metadata) = try schema.field(key)
            live[key] =
                metadata.strategy == PatchDirective.replace
                ? value : .object(try mergeMap(currentMembers, patchMembers, schema: fieldSchema))
        case let (.array(currentElements), .array(patchElements)):
            let (elementSchema, metadata) = try schema.listField(key)
            live[key] = .array(
                try mergeList(
                    currentElements, patchElements, field: key, elementSchema: elementSchema, metadata: metadata,
                    isDeletionList: isDeletionList
                ).items)
        default:
            live[key] = value
        }
    }
}
