/// Who owns an entry of `metadata.managedFields`: kube-apiserver keeps one entry per manager,
/// operation, subresource and, for updates only, API version, so that an applier stays the same
/// applier whatever version it applies at.
struct ManagerIdentity: Hashable, Sendable {
    var manager: String
    var operation: ManagedFieldsOperation
    /// `nil` for appliers.
    private(set) var apiVersion: String?
    var subresource: String

    init(manager: String, operation: ManagedFieldsOperation, apiVersion: String, subresource: String) {
        self.manager = manager
        self.operation = operation
        self.apiVersion = operation == .apply ? nil : apiVersion
        self.subresource = subresource
    }

    /// The identifier kube-apiserver builds (`BuildManagerIdentifier`: the entry as JSON without
    /// its fields and time); conflicts and capped entries are ordered by it.
    var identifier: String {
        let members = [
            ("manager", manager), ("operation", operation.rawValue), ("apiVersion", apiVersion ?? ""),
            ("subresource", subresource),
        ].filter { !$0.1.isEmpty }
        return "{" + members.map { GoText.json(.string($0.0)) + ":" + GoText.json(.string($0.1)) }.joined(separator: ",") + "}"
    }

    /// How conflict messages name the manager: `"kubectl"` for an applier,
    /// `"kube-controller-manager" using apps/v1` for an updater (`printManager`).
    var printed: String {
        if let apiVersion { return "\(GoValueFormat.quote(manager)) using \(apiVersion)" }
        return GoValueFormat.quote(manager)
    }
}
