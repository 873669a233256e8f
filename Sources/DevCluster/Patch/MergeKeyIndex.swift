import KubeCore

/// Where the maps of a list sit, by the value of their merge key, so that merging a patch list of
/// n items into a live list of m costs n + m lookups rather than apimachinery's n × m scans
/// (`findMapInSliceBasedOnKeyValue`). It answers as that scan does: the first map, in list order,
/// whose merge key is present and equal.
struct MergeKeyIndex {
    /// Positions of the maps with each key value, ascending; `heads` skips the ones that have
    /// stopped matching.
    private var positions: [JSONValue: [Int]] = [:]
    private var heads: [JSONValue: Int] = [:]

    init(_ items: [JSONValue], mergeKey: String) {
        for (position, item) in items.enumerated() {
            if let value = item.objectValue?[mergeKey] {
                positions[value, default: []].append(position)
            }
        }
    }

    /// The position of the first map whose merge key equals `value`.
    func first(_ value: JSONValue) -> Int? {
        guard let list = positions[value] else { return nil }
        let head = heads[value, default: 0]
        return head < list.count ? list[head] : nil
    }

    /// Records a map appended at `position`, after every map indexed so far.
    mutating func append(_ value: JSONValue, at position: Int) {
        positions[value, default: []].append(position)
    }

    /// Forgets the first map with `value`, whose merge key a merge has just changed (a patch can
    /// null it out).
    mutating func dropFirst(_ value: JSONValue) {
        heads[value, default: 0] += 1
    }
}
