import KubeCore

/// How one field merges, from the OpenAPI extensions kube-apiserver publishes from the Go tags
/// `patchStrategy` and `patchMergeKey` (`parsePatchMetadata` in strategicpatch/types.go).
struct PatchMetadata: Hashable, Sendable {
    /// `merge` or `replace`; empty (maps merge, lists are replaced) when the field declares none.
    /// `retainKeys` is dropped from it: applying a patch needs only the `$retainKeys` directive the
    /// patch carries, never the schema's word.
    var strategy: String
    /// The field that identifies an element of a merging list of maps; empty for scalar lists.
    var mergeKey: String

    private static let strategyExtension = "x-kubernetes-patch-strategy"
    private static let mergeKeyExtension = "x-kubernetes-patch-merge-key"

    /// The metadata of the field described by `field`; none when the schema says nothing.
    init(field: JSONValue?) throws(StrategicMergePatchError) {
        strategy = ""
        mergeKey = ""
        if let declared = field?[Self.strategyExtension] {
            guard case let .string(strategies) = declared else {
                throw .unexpectedType(expected: .string, actual: declared)
            }
            strategy = try Self.strategy(
                among: strategies.split(separator: ",", omittingEmptySubsequences: false).map(String.init))
        }
        if let declared = field?[Self.mergeKeyExtension] {
            guard case let .string(key) = declared else { throw .unexpectedType(expected: .string, actual: declared) }
            mergeKey = key
        }
    }

    /// The strategy other than `retainKeys` (`extractRetainKeysPatchStrategy`): at most two may be
    /// named, and of two one must be `retainKeys`.
    private static func strategy(among strategies: [String]) throws(StrategicMergePatchError) -> String {
        switch strategies.count {
        case 1:
            return strategies[0] == PatchDirective.retainKeysStrategy ? "" : strategies[0]
        case 2 where strategies[0] == PatchDirective.retainKeysStrategy:
            return strategies[1]
        case 2 where strategies[1] == PatchDirective.retainKeysStrategy:
            return strategies[0]
        default:
            throw .unexpectedPatchStrategy(strategies)
        }
    }
}
