import KubeCore

/// What strategic merge patch does to a patch value that has nothing in the live object to merge
/// with, and the depth guard that keeps its recursion on the stack.
extension JSONValue {
    /// The value without its null members, at any depth (`discardNullValuesFromPatch`): a null asks
    /// to delete, and there is nothing to delete. Nulls inside lists stay.
    func removingNullMembers() -> JSONValue {
        switch self {
        case let .object(members):
            var kept = JSONObject(minimumCapacity: members.count)
            for (key, value) in members where !value.isNull {
                kept[key] = value.removingNullMembers()
            }
            return .object(kept)
        case let .array(elements):
            return .array(elements.map { $0.removingNullMembers() })
        default:
            return self
        }
    }

    /// The value without the maps that carry `$patch` (`removeDirectives`): a directive says what
    /// to do to something already there, so with nothing there the map is dropped. `nil` when the
    /// value itself is such a map.
    func removingDirectives() -> JSONValue? {
        switch self {
        case let .object(members):
            guard members[PatchDirective.marker] == nil else { return nil }
            var kept = JSONObject(minimumCapacity: members.count)
            for (key, value) in members {
                kept[key] = value.removingDirectives()
            }
            return .object(kept)
        case let .array(elements):
            return .array(Self.removingDirectives(from: elements))
        default:
            return self
        }
    }

    /// `elements` without the ones that are directives, the others cleaned of theirs.
    static func removingDirectives(from elements: [JSONValue]) -> [JSONValue] {
        elements.compactMap { $0.removingDirectives() }
    }

    /// Whether objects and arrays nest more than `limit` levels deep (`{}` is one level), measured
    /// without recursion so that a hostile document cannot exhaust the stack being measured.
    func nests(deeperThan limit: Int) -> Bool {
        var pending: [(value: JSONValue, depth: Int)] = [(self, 0)]
        while let (value, depth) = pending.popLast() {
            switch value {
            case let .object(members):
                guard depth < limit else { return true }
                pending.append(contentsOf: members.values.lazy.map { ($0, depth + 1) })
            case let .array(elements):
                guard depth < limit else { return true }
                pending.append(contentsOf: elements.lazy.map { ($0, depth + 1) })
            default:
                continue
            }
        }
        return false
    }
}
