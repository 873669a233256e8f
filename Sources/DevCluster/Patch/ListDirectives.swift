import KubeCore

/// The `$patch` items of a patch for a merging list of maps (`mergeSliceWithSpecialElements`),
/// split from the items to merge.
struct ListDirectives {
    /// The items without a directive, in patch order.
    var items: [JSONValue] = []
    /// Whether an item said `{"$patch": "replace"}`: the other items become the whole list.
    var replacesList = false
    /// The merge-key values of the `{"$patch": "delete"}` items.
    private var deletedKeys: Set<JSONValue> = []
    private let mergeKey: String

    /// Reads the directives of `patch`, whose items are all maps.
    init(_ patch: [JSONValue], mergeKey: String) throws(StrategicMergePatchError) {
        self.mergeKey = mergeKey
        for item in patch {
            guard case let .object(fields) = item else { throw .unexpectedType(expected: .object, actual: item) }
            guard let directive = fields[PatchDirective.marker] else {
                items.append(item)
                continue
            }
            switch directive {
            case .string(PatchDirective.delete):
                guard let value = fields[mergeKey] else { throw .missingMergeKey(fields, mergeKey) }
                deletedKeys.insert(value)
            case .string(PatchDirective.replace):
                replacesList = true
            case .string(PatchDirective.merge):
                throw .mergeDirectiveInList
            default:
                throw .unknownPatchType(directive, in: fields)
            }
        }
    }

    /// Whether a delete directive names `item`: every map whose merge key has a deleted value goes,
    /// duplicates included (`deleteMatchingEntries`).
    func deletes(_ item: JSONValue) -> Bool {
        guard let value = item.objectValue?[mergeKey] else { return false }
        return deletedKeys.contains(value)
    }
}
