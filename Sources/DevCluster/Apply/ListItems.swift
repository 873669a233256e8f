import KubeCore

/// The items of one granular list, indexed by the path element that picks each out. Items whose
/// element cannot be computed are left out: validation reports them before any walk relies on
/// this index.
struct ListItems {
    /// The indexed items in list order, duplicates included.
    private(set) var entries: [(element: PathElement, item: JSONValue)] = []
    /// Each element's items, in list order; more than one when the live object has duplicates
    /// (which kube-apiserver tolerates in stored objects, though never in an apply).
    private(set) var groups: [PathElement: [JSONValue]] = [:]
    /// Each element once, in order of first appearance.
    private(set) var elements: [PathElement] = []

    init(_ items: [JSONValue], keying: ListKeying, in list: SchemaNode) {
        entries.reserveCapacity(items.count)
        groups.reserveCapacity(items.count)
        for item in items {
            guard let element = try? list.pathElement(ofItem: item, keying: keying) else { continue }
            entries.append((element, item))
            if groups[element] == nil { elements.append(element) }
            groups[element, default: []].append(item)
        }
    }
}
