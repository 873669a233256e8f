import KubeCore

/// A completed node that an anchor names, with what an alias to it costs.
struct AnchoredNode {
    var value: JSONValue
    /// Nodes in the subtree, aliases inside it counted as expanded.
    var nodes: Int
    /// Nesting levels the subtree adds where it is referenced: 0 for a scalar.
    var height: Int
}
