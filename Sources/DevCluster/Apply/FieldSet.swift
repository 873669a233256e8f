/// A set of field paths, as structured-merge-diff's `fieldpath.Set`: a trie whose nodes say
/// which children are themselves in the set (`members`) and which have descendants in it
/// (`children`). A path and its descendants are independent: owning `.spec.containers[name="a"]`
/// (the item) says nothing about owning its `.image`.
///
/// Members and children are hashed rather than kept sorted, so building and combining sets is
/// linear however large a list is; the order only matters when writing `FieldsV1`.
struct FieldSet: Equatable, Sendable {
    private(set) var members: Set<PathElement> = []
    /// Never holds an empty set, so that equal sets compare equal structurally.
    private(set) var children: [PathElement: FieldSet] = [:]

    init() {}

    init(_ paths: [ManagedFieldPath]) {
        for path in paths { insert(path) }
    }

    var isEmpty: Bool { members.isEmpty && children.isEmpty }

    /// Adds `path`. The empty path (the whole object) is never owned, so it is ignored.
    mutating func insert(_ path: ManagedFieldPath) {
        insert(path.elements[...])
    }

    private mutating func insert(_ path: ArraySlice<PathElement>) {
        guard let first = path.first else { return }
        if path.count == 1 {
            members.insert(first)
        } else {
            children[first, default: FieldSet()].insert(path.dropFirst())
        }
    }

    /// Adds `element` as a member of this node (a path one step long).
    mutating func insertMember(_ element: PathElement) {
        members.insert(element)
    }

    /// Adds `descendants` below `element`, keeping what is already there.
    mutating func attach(_ descendants: FieldSet, at element: PathElement) {
        guard !descendants.isEmpty else { return }
        if let existing = children[element] {
            children[element] = existing.union(descendants)
        } else {
            children[element] = descendants
        }
    }

    // MARK: - Set algebra (structured-merge-diff's semantics)

    func union(_ other: FieldSet) -> FieldSet {
        var result = self
        result.members.formUnion(other.members)
        for (element, child) in other.children {
            result.attach(child, at: element)
        }
        return result
    }

    /// The paths in both sets; a member of one that is only an ancestor in the other is not
    /// included.
    func intersection(_ other: FieldSet) -> FieldSet {
        var result = FieldSet()
        result.members = members.intersection(other.members)
        for (element, child) in children {
            if let otherChild = other.children[element] {
                result.attach(child.intersection(otherChild), at: element)
            }
        }
        return result
    }

    /// The paths of this set that are not in `other`. Descendants are removed path by path: a
    /// member of `other` does not take the paths below it with it.
    func subtracting(_ other: FieldSet) -> FieldSet {
        var result = FieldSet()
        result.members = members.subtracting(other.members)
        for (element, child) in children {
            if let otherChild = other.children[element] {
                result.attach(child.subtracting(otherChild), at: element)
            } else {
                result.children[element] = child
            }
        }
        return result
    }

    /// Like `subtracting`, but a member of `other` also removes every path below it.
    func subtractingRecursively(_ other: FieldSet) -> FieldSet {
        var result = FieldSet()
        result.members = members.subtracting(other.members)
        for (element, child) in children where !other.members.contains(element) {
            if let otherChild = other.children[element] {
                result.attach(child.subtractingRecursively(otherChild), at: element)
            } else {
                result.children[element] = child
            }
        }
        return result
    }

    /// Every path in the set, in structured-merge-diff's iteration order: a node's members in
    /// sorted order, then its children's paths in sorted order.
    var paths: [ManagedFieldPath] {
        var result: [ManagedFieldPath] = []
        collectPaths(prefix: [], into: &result)
        return result
    }

    private func collectPaths(prefix: [PathElement], into result: inout [ManagedFieldPath]) {
        for member in members.sorted() {
            result.append(ManagedFieldPath(prefix + [member]))
        }
        for element in children.keys.sorted() {
            children[element].unsafelyUnwrapped.collectPaths(prefix: prefix + [element], into: &result)
        }
    }
}
