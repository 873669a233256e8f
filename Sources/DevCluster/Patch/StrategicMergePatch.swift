import KubeCore

/// Strategic merge patch (`application/strategic-merge-patch+json`) applied as kube-apiserver
/// applies it to built-in types: `StrategicMergeMapPatch` of k8s.io/apimachinery/pkg/util/strategicpatch
/// with its server-side options (parallel deletion lists honoured, unmatched nulls dropped).
///
/// It is JSON merge patch with list semantics read from the schema: a list whose field declares
/// `x-kubernetes-patch-strategy: merge` merges item by item — by `x-kubernetes-patch-merge-key`
/// for maps, by value for scalars — where a plain merge patch would replace it. On top of that a
/// patch may carry directives:
///
/// - `{"$patch": "replace"}` / `{"$patch": "delete"}` in a map replaces or empties it; in a
///   merging list, `{"$patch": "replace"}` replaces the list and `{"$patch": "delete", <key>: v}`
///   deletes the items with that key.
/// - `"$deleteFromPrimitiveList/<field>": [...]` removes values from a scalar list.
/// - `"$setElementOrder/<field>": [...]` orders the merged list (client-side `kubectl apply`
///   sends it for every merging list it touches).
/// - `"$retainKeys": [...]` clears every field of the map it does not name.
enum StrategicMergePatch {
    /// The deepest patch accepted by default. Applying recurses once per level of the patch, at
    /// about 3.3 KiB of stack per level in a debug build, so 100 levels fit the 512 KiB stack of a
    /// secondary or Swift-concurrency thread on macOS with room to spare; the deepest paths of the
    /// built-in types (a CronJob's pod affinity terms) are under 20 levels.
    static let defaultMaximumDepth = 100

    /// `original` with `patch` applied.
    ///
    /// - Parameters:
    ///   - patch: the request body; must be an object (a `null` body patches nothing).
    ///   - original: the live object; `null` stands for an empty object.
    ///   - schema: the OpenAPI v3 schema of the object's type, inline, or `nil` to merge as JSON
    ///     merge patch does.
    ///   - maximumDepth: how deeply the patch may nest objects and arrays.
    static func apply(
        _ patch: JSONValue, to original: JSONValue, schema: JSONValue?, maximumDepth: Int = defaultMaximumDepth
    ) throws(StrategicMergePatchError) -> JSONValue {
        let changes: JSONObject
        switch patch {
        case let .object(members): changes = members
        // Go decodes a `null` body into a nil map, which merges as an empty one.
        case .null: changes = [:]
        default: throw .patchNotAnObject(patch)
        }
        guard !patch.nests(deeperThan: maximumDepth) else { throw .nestedTooDeeply(limit: maximumDepth) }
        let live: JSONObject
        switch original {
        case let .object(members): live = members
        case .null: live = [:]
        default: throw .originalNotAnObject
        }
        return .object(try mergeMap(live, changes, schema: PatchSchema(schema)))
    }
}
