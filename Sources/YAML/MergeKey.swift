import KubeCore

/// The `<<` merge key of YAML 1.1 (https://yaml.org/type/merge.html), which go-yaml v2 and so
/// kubectl support: `<<: *defaults` copies the members of another mapping into this one.
///
/// Precedence follows the merge-key specification: the mapping's own keys win wherever they
/// appear, an earlier mapping in a `<<: [*a, *b]` list wins over a later one, and a later `<<`
/// key wins over an earlier one. (go-yaml v2 lets a `<<` override an explicit key written
/// *before* it; go-yaml v3, PyYAML and the specification do not, and neither does this.)
/// Merged keys take the position of their `<<` key.
enum MergeKey {
    /// The members a `<<` value contributes: a mapping, or a sequence of mappings.
    static func members(of value: JSONValue) throws(YAMLProblem) -> JSONObject {
        switch value {
        case let .object(members):
            return members
        case let .array(items):
            var combined = JSONObject()
            for item in items {
                guard case let .object(members) = item else { throw notMappings }
                for (key, member) in members where combined[key] == nil {
                    combined[key] = member
                }
            }
            return combined
        default:
            throw notMappings
        }
    }

    /// The mapping's final members from its explicit ones and its merges, each merge recorded
    /// with the number of explicit members that preceded its `<<` key.
    static func combine(explicit: JSONObject, merges: [(position: Int, members: JSONObject)]) -> JSONObject {
        var merged = JSONObject()
        for merge in merges {
            for (key, value) in merge.members {
                merged[key] = value
            }
        }
        var result = JSONObject(minimumCapacity: explicit.count + merged.count)
        var nextMerge = merges.startIndex
        func place(upTo position: Int) {
            while nextMerge < merges.endIndex, merges[nextMerge].position <= position {
                for (key, value) in merges[nextMerge].members where result[key] == nil {
                    result[key] = explicit[key] ?? merged[key] ?? value
                }
                nextMerge += 1
            }
        }
        for (position, member) in explicit.enumerated() {
            place(upTo: position)
            result[member.key] = member.value
        }
        place(upTo: explicit.count)
        return result
    }

    private static let notMappings = YAMLProblem("map merge requires map or sequence of maps as the value")
}
