/// Counts the nodes a document produces, aliases included, and stops a document whose aliases
/// expand out of proportion ("billion laughs").
///
/// An alias costs O(1) here — the aliased value is shared, not copied — but everyone who walks
/// or serializes the tree pays for every node of every reference, so expansions are counted as
/// if copied: each alias adds its anchored subtree's node count. Two rules apply:
/// `YAMLLimits.maxAliasExpandedNodes` caps the total, and go-yaml v2's ratio rule refuses what
/// kubectl refuses — past 1,000 nodes with more than 100 from aliases, the share of aliased
/// nodes may not exceed 99%, sliding down to 10% between 400,000 and 4,000,000 nodes.
struct AliasBudget {
    private let limit: Int
    private(set) var nodes = 0
    private(set) var aliasedNodes = 0

    init(limit: Int) {
        self.limit = limit
    }

    mutating func countNode() {
        nodes += 1
    }

    /// Accounts for an alias to a subtree of `count` nodes.
    mutating func expand(_ count: Int) throws(YAMLProblem) {
        nodes += count
        aliasedNodes += count
        if aliasedNodes > limit {
            throw YAMLProblem(
                "document contains excessive aliasing: aliases expand to more than \(limit) nodes (the maxAliasExpandedNodes limit)")
        }
        let allowed = Self.allowedRatio(nodes: nodes)
        if aliasedNodes > 100, nodes > 1000, Double(aliasedNodes) / Double(nodes) > allowed {
            throw YAMLProblem(
                "document contains excessive aliasing: \(aliasedNodes) of its \(nodes) nodes come from aliases, more than the \(Int((allowed * 100).rounded()))% allowed")
        }
    }

    /// go-yaml's `allowedAliasRatio`.
    private static func allowedRatio(nodes: Int) -> Double {
        let low = 400_000
        let high = 4_000_000
        if nodes <= low { return 0.99 }
        if nodes >= high { return 0.10 }
        return 0.99 - 0.89 * (Double(nodes - low) / Double(high - low))
    }
}
