import KubeCore

/// A list after merging, and the live order `$setElementOrder` ranks its server-only items by.
struct MergedList {
    var items: [JSONValue]
    /// What apimachinery's `$setElementOrder` step finds in the live list's memory once the merge
    /// has run: `mergeSlice` deletes items by shifting the survivors down in place and then appends
    /// new items into the slots that frees, so that step sees the survivors followed by the first
    /// appended items. Upstream's "add map and delete map from merging list" results depend on it.
    var liveOrder: [JSONValue]
}
