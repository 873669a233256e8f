import KubeCore

extension SchemaNode {
    /// `rhs` (an applied configuration) merged onto `lhs` (the live object), as
    /// structured-merge-diff's `Merge`: leaves and atomic values are replaced, granular maps
    /// merged key by key, granular lists item by item. What only one side has is kept as it is.
    func merged(_ lhs: JSONValue?, _ rhs: JSONValue) -> JSONValue {
        guard let lhs else { return rhs }
        switch kind(of: rhs) {
        case .leaf:
            return rhs
        case .map:
            let left = lhs.objectValue ?? [:]
            let right = rhs.objectValue ?? [:]
            // Empty (or null) on both sides is a value, so `{}` and `null` stay distinct.
            if left.isEmpty && right.isEmpty { return rhs }
            var result = JSONObject(minimumCapacity: max(left.count, right.count))
            for (name, value) in left {
                result[name] = right[name].map { member(name).schema.merged(value, $0) } ?? value
            }
            for (name, value) in right where left[name] == nil {
                result[name] = value
            }
            return .object(result)
        case let .list(keying):
            let left = lhs.arrayValue ?? []
            let right = rhs.arrayValue ?? []
            if left.isEmpty && right.isEmpty { return rhs }
            return .array(mergedItems(left, right, keying: keying))
        }
    }

    /// The items of both lists, in an order that keeps the live order and slots each new item in
    /// where the applied configuration puts it relative to the items both lists share
    /// (structured-merge-diff's `visitListItems`). When the live list repeats an item the
    /// configuration also has, the merged item replaces every repetition.
    private func mergedItems(_ lhs: [JSONValue], _ rhs: [JSONValue], keying: ListKeying) -> [JSONValue] {
        let left = ListItems(lhs, keying: keying, in: self)
        let right = ListItems(rhs, keying: keying, in: self)
        let rightOrder = right.elements
        var shared = rightOrder.filter { left.groups[$0] != nil }.makeIterator()
        var nextShared = shared.next()
        var merged = Set<PathElement>()
        var result: [JSONValue] = []
        result.reserveCapacity(max(left.entries.count, rightOrder.count))

        func appendMerged(_ element: PathElement) {
            result.append(items.merged(left.groups[element]?.first, right.groups[element].unsafelyUnwrapped[0]))
            merged.insert(element)
        }

        var l = 0
        var r = 0
        while l < left.entries.count || r < rightOrder.count {
            if l < left.entries.count {
                let (element, item) = left.entries[l]
                let isShared = right.groups[element] != nil
                if isShared && merged.contains(element) {
                    l += 1
                    continue
                }
                if r < rightOrder.count {
                    if element == rightOrder[r] {
                        appendMerged(element)
                        l += 1
                        r += 1
                        nextShared = shared.next()
                        continue
                    }
                    // A shared item out of turn waits for its place in the configuration.
                    if isShared, let next = nextShared, next != element {
                        l += 1
                        continue
                    }
                }
                if !isShared {
                    result.append(item)
                    l += 1
                    continue
                }
            }
            if r < rightOrder.count {
                let element = rightOrder[r]
                appendMerged(element)
                r += 1
                if element == nextShared { nextShared = shared.next() }
            }
        }
        return result
    }
}
