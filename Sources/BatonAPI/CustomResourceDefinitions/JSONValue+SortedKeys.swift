import KubeCore

extension JSONValue {
    /// The same value with the members of every object in byte order of their keys, the order
    /// `kubectl get -o yaml` prints: generated manifests then diff cleanly against it.
    func sortingKeys() -> JSONValue {
        switch self {
        case let .object(members):
            var sorted: JSONValue = [:]
            for key in members.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
                sorted[key] = members[key]?.sortingKeys()
            }
            return sorted
        case let .array(elements):
            return .array(elements.map { $0.sortingKeys() })
        default:
            return self
        }
    }
}
