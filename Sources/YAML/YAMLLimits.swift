/// Bounds on what a parse may cost, so that a hostile or broken manifest fails fast with a clear
/// error instead of exhausting memory or the stack of whoever walks the result.
public struct YAMLLimits: Sendable, Equatable {
    /// The deepest nesting of sequences and mappings accepted in one document. Real manifests stay
    /// far below it (the deepest CRD schemas we know of nest about 40 levels).
    public var maxDepth: Int
    /// The largest document accepted, in bytes of its text.
    public var maxDocumentBytes: Int
    /// The most nodes that alias expansions may add to one document, counting every node of
    /// every aliased subtree each time it is referenced. Values are shared, not copied, but
    /// whoever walks or serializes the result pays for each reference — this is the
    /// "billion laughs" guard. go-yaml's ratio rule (see `AliasBudget`) applies as well.
    public var maxAliasExpandedNodes: Int

    public init(maxDepth: Int = 256, maxDocumentBytes: Int = 32 << 20, maxAliasExpandedNodes: Int = 1_000_000) {
        self.maxDepth = maxDepth
        self.maxDocumentBytes = maxDocumentBytes
        self.maxAliasExpandedNodes = maxAliasExpandedNodes
    }

    public static let `default` = YAMLLimits()
}
