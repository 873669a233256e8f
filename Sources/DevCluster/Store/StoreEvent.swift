import KubeCore

/// A committed change, as the store's history and its watchers see it. `object` carries the
/// change's resourceVersion (for a deletion, the revision of the deletion, as etcd reports it).
struct StoreEvent: Sendable {
    enum Kind: String, Sendable {
        case added = "ADDED"
        case modified = "MODIFIED"
        case deleted = "DELETED"
    }

    var kind: Kind
    var resource: ResourceKey
    var key: ObjectKey
    var object: JSONValue
    /// The object before this change (nil for additions): a watch with a selector turns a
    /// modification into ADDED or DELETED when the object starts or stops matching.
    var previous: JSONValue?
    var revision: UInt64
}
