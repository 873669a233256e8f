/// How server-side apply merges a list owned by several managers (`x-kubernetes-list-type`).
public enum ListType: Sendable, Hashable {
    /// Replaced whole: ordered lists whose elements have no identity (command arguments,
    /// canary steps).
    case atomic
    /// Scalars without duplicates, merged as a set (registries, approvers).
    case set
    /// Objects identified by the given fields, merged element by element (`env` by `name`,
    /// conditions by `type`). The key fields must be required in the item schema.
    case map(keys: [String])

    var name: String {
        switch self {
        case .atomic: "atomic"
        case .set: "set"
        case .map: "map"
        }
    }
}
