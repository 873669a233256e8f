/// `metadata` of a list response or a `Status` (`metav1.ListMeta`).
public struct ListMeta: Codable, Sendable, Hashable {
    /// The version to start a watch from so that it sees every change after this list.
    public var resourceVersion: String?
    /// Set when more items remain: pass it back as `continue` to get the next page.
    public var `continue`: String?
    /// An estimate of the items left after this page, when the server can tell.
    public var remainingItemCount: Int64?

    public init(resourceVersion: String? = nil, continue: String? = nil, remainingItemCount: Int64? = nil) {
        self.resourceVersion = resourceVersion
        self.continue = `continue`
        self.remainingItemCount = remainingItemCount
    }
}
