import KubeCore

/// One page of a list (or all of them, from `listAll`): the items and the list's metadata.
/// `Item` is `JSONValue` for the dynamic client and the resource's type for the typed one.
public struct ResourceList<Item: Sendable>: Sendable {
    public var items: [Item]
    /// `resourceVersion` (start a watch here to see every later change), `continue` (the token
    /// of the next page; nil on the last) and `remainingItemCount`.
    public var metadata: ListMeta

    public init(items: [Item], metadata: ListMeta = ListMeta()) {
        self.items = items
        self.metadata = metadata
    }

    public var resourceVersion: String? { metadata.resourceVersion }
    /// The token for the next page; nil (or empty, which the server also uses) on the last.
    public var continueToken: String? { metadata.continue.flatMap { $0.isEmpty ? nil : $0 } }
}

extension ResourceList: Equatable where Item: Equatable {}
