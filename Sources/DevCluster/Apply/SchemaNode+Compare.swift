import KubeCore

extension SchemaNode {
    /// How `rhs` differs from `lhs` (structured-merge-diff's `Compare`).
    func compare(_ lhs: JSONValue, _ rhs: JSONValue) -> Comparison {
        compareNode(lhs, rhs).below
    }

    /// The comparison below one node (relative to it), and how the node itself changed. Absent
    /// values are `nil`; a value whose kind changed is looked at as both kinds, as
    /// structured-merge-diff does.
    private func compareNode(_ lhs: JSONValue?, _ rhs: JSONValue?) -> (below: Comparison, marks: [ChangeMark]) {
        var below = Comparison()
        var marks: [ChangeMark] = []
        let lhsKind = kind(of: lhs)
        let rhsKind = kind(of: rhs)
        let isLeaf: Bool
        if rhs == nil {
            isLeaf = visit(lhsKind, lhs, rhs, below: &below, marks: &marks)
        } else if lhs == nil || lhsKind == rhsKind {
            isLeaf = visit(rhsKind, lhs, rhs, below: &below, marks: &marks)
        } else {
            _ = visit(lhsKind, lhs, rhs, below: &below, marks: &marks)
            isLeaf = visit(rhsKind, lhs, rhs, below: &below, marks: &marks)
        }
        if !isLeaf {
            if lhs == nil {
                marks.append(.added)
            } else if rhs == nil {
                marks.append(.removed)
            }
        }
        return (below, marks)
    }

    /// Compares one node as `kind`; returns whether it was compared as a leaf.
    private func visit(
        _ kind: NodeKind, _ lhs: JSONValue?, _ rhs: JSONValue?, below: inout Comparison, marks: inout [ChangeMark]
    ) -> Bool {
        switch kind {
        case .leaf:
            break
        case .map:
            let left = lhs?.objectValue ?? [:]
            let right = rhs?.objectValue ?? [:]
            // Empty (or null) on both sides is compared as a value, so `{}` and `null` differ.
            guard left.isEmpty && right.isEmpty else {
                for (name, value) in left {
                    below.record(member(name).schema.compareNode(value, right[name]), at: .field(name))
                }
                for (name, value) in right where left[name] == nil {
                    below.record(member(name).schema.compareNode(nil, value), at: .field(name))
                }
                return false
            }
        case let .list(keying):
            let left = lhs?.arrayValue ?? []
            let right = rhs?.arrayValue ?? []
            guard left.isEmpty && right.isEmpty else {
                compareItems(left, right, keying: keying, below: &below)
                return false
            }
        }
        if lhs == nil {
            marks.append(.added)
        } else if rhs == nil {
            marks.append(.removed)
        } else if lhs != rhs {
            marks.append(.modified)
        }
        return true
    }

    /// Items are matched by their path element. Where either side repeats an element, the
    /// repeated items are compared as a whole, as kube-apiserver does for stored duplicates.
    private func compareItems(_ lhs: [JSONValue], _ rhs: [JSONValue], keying: ListKeying, below: inout Comparison) {
        let left = ListItems(lhs, keying: keying, in: self)
        let right = ListItems(rhs, keying: keying, in: self)
        let rightOnly = right.elements.filter { left.groups[$0] == nil }
        for element in left.elements + rightOnly {
            let before = left.groups[element] ?? []
            let after = right.groups[element] ?? []
            switch (before.count, after.count) {
            case (0 ... 1, 0 ... 1):
                below.record(items.compareNode(before.first, after.first), at: element)
            case (2..., 2...):
                if before != after { below.modified.insertMember(element) }
            case (2..., _):
                if let item = after.first { below.record(items.compareNode(nil, item), at: element) }
                below.removed.insertMember(element)
            default:
                if let item = before.first { below.record(items.compareNode(item, nil), at: element) }
                below.added.insertMember(element)
            }
        }
    }
}

/// How a node itself changed, as opposed to the fields below it.
private enum ChangeMark {
    case added, modified, removed
}

extension Comparison {
    /// Puts a child's comparison under `element`.
    fileprivate mutating func record(_ child: (below: Comparison, marks: [ChangeMark]), at element: PathElement) {
        added.attach(child.below.added, at: element)
        modified.attach(child.below.modified, at: element)
        removed.attach(child.below.removed, at: element)
        for mark in child.marks {
            switch mark {
            case .added: added.insertMember(element)
            case .modified: modified.insertMember(element)
            case .removed: removed.insertMember(element)
            }
        }
    }
}
