import KubeCore

/// How a kind is named in the API and in kubectl (a CRD's `spec.names`).
public struct ResourceNames: Sendable, Hashable {
    /// CamelCase and singular, as in manifests: `Model`.
    public var kind: String
    /// Lower case, as in URLs and `kubectl get models`.
    public var plural: String
    public var singular: String
    /// Abbreviations kubectl accepts: `kubectl get mdl`.
    public var shortNames: [String]

    public init(kind: String, plural: String, singular: String, shortNames: [String]) {
        self.kind = kind
        self.plural = plural
        self.singular = singular
        self.shortNames = shortNames
    }

    public var listKind: String { kind + "List" }

    public var groupVersionKind: GroupVersionKind { BatonAPIGroup.groupVersion.withKind(kind) }

    public var groupVersionResource: GroupVersionResource { BatonAPIGroup.groupVersion.withResource(plural) }

    /// The CRD's name: `models.baton.dev`.
    public var customResourceDefinitionName: String { "\(plural).\(BatonAPIGroup.groupVersion.group)" }
}
