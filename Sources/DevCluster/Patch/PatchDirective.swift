/// The special keys and values of a strategic merge patch, as apimachinery spells them
/// (k8s.io/apimachinery/pkg/util/strategicpatch/patch.go).
enum PatchDirective {
    /// `{"$patch": "delete" | "replace" | "merge"}` inside a map or a merging list.
    static let marker = "$patch"
    static let delete = "delete"
    static let replace = "replace"
    /// Also the `x-kubernetes-patch-strategy` that makes a list merge rather than be replaced.
    static let merge = "merge"
    /// The strategy that lets a patch clear every field its `$retainKeys` list leaves out.
    static let retainKeysStrategy = "retainKeys"
    /// `"$retainKeys": [...]`: the fields of the map to keep.
    static let retainKeys = "$retainKeys"
    /// `"$deleteFromPrimitiveList/<field>": [...]`: values to remove from a merging scalar list.
    static let deleteFromPrimitiveList = "$deleteFromPrimitiveList"
    /// `"$setElementOrder/<field>": [...]`: the order the merged list must follow.
    static let setElementOrder = "$setElementOrder"

    /// Whether `key` starts with `prefix`, byte for byte as Go's `strings.HasPrefix` compares (a
    /// Swift `hasPrefix` would refuse a prefix followed by a combining mark).
    static func key(_ key: String, hasPrefix prefix: String) -> Bool {
        key.utf8.starts(with: prefix.utf8)
    }

    /// Whether `key` names one of the lists that travel beside a field rather than replace it.
    static func isParallelList(_ key: String) -> Bool {
        self.key(key, hasPrefix: deleteFromPrimitiveList) || self.key(key, hasPrefix: setElementOrder)
    }

    /// The field a `<prefix>/<field>` key is about (`extractKey`); `malformed` when the part before
    /// the first slash is not exactly `prefix`.
    static func field(
        of key: String, prefix: String, malformed: StrategicMergePatchError
    ) throws(StrategicMergePatchError) -> String {
        let utf8 = key.utf8
        guard let slash = utf8.firstIndex(of: UInt8(ascii: "/")), utf8[..<slash].elementsEqual(prefix.utf8) else {
            throw malformed
        }
        return String(decoding: utf8[utf8.index(after: slash)...], as: UTF8.self)
    }
}
