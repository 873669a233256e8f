import KubeCore

/// One served resource: what discovery lists, what the handlers need to store, validate and
/// print it. Built-in kinds come from `BuiltinResources`; custom ones from established CRDs.
struct ResourceType: Sendable {
    var group: String
    var version: String
    var kind: String
    /// The URL segment: `deployments`.
    var plural: String
    var singular: String
    var namespaced: Bool
    var shortNames: [String] = []
    var categories: [String] = []
    var hasStatus: Bool = false
    /// Where a `/scale` subresource finds its replica counts; `nil` when there is none.
    var scale: ScalePaths? = nil
    /// Whether `metadata.generation` is kept (workloads, CRDs and custom resources do; ConfigMaps
    /// and Pods in 1.32 do not).
    var tracksGeneration: Bool = false
    /// The OpenAPI v3 schema (inline, no `$ref`): OpenAPI documents, `kubectl explain`, and the
    /// list semantics of strategic merge patch and server-side apply.
    var schema: JSONValue? = nil
    /// Custom resources only: validation, defaulting and pruning.
    var structuralSchema: StructuralSchema? = nil
    var printerColumns: [PrinterColumn] = []
    /// Custom resources: the CRD version's `additionalPrinterColumns` (after the Name column).
    var customColumns: [CustomColumn] = []
    /// Field labels usable in field selectors beyond `metadata.name`/`metadata.namespace`,
    /// mapped to the object path they read (`status.phase` for pods).
    var selectableFields: [String: [String]] = [:]
    /// Set for resources served from a CustomResourceDefinition.
    var isCustom: Bool = false
    /// Set when the resource is stored in another resource's shape (events.k8s.io/v1 Events
    /// live as core/v1 Events).
    var storedAs: StoredForm? = nil
    /// CRD versions other than the storage one are served by rewriting `apiVersion` (conversion
    /// strategy `None`); the storage identity is group + plural.
    var storageKey: ResourceKey { storedAs?.key ?? ResourceKey(group: group, resource: plural) }

    var groupVersion: GroupVersion { GroupVersion(group: group, version: version) }
    var apiVersion: String { groupVersion.apiVersion }
    var listKind: String { kind + "List" }
    /// `deployments.apps`, as error messages name a resource.
    var qualifiedResource: String { group.isEmpty ? plural : "\(plural).\(group)" }

    /// What documents built from the type depend on: names and schema.
    var fingerprint: String {
        "\(apiVersion)/\(kind)/\(plural)/\(namespaced)/\((try? schema?.jsonString()) ?? "")/\(customColumns.map(\.jsonPath))"
    }

    static let verbs = ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"]
}

/// The paths a `/scale` subresource reads and writes (a CRD's `subresources.scale`).
struct ScalePaths: Sendable, Hashable {
    var specReplicas: [String]
    var statusReplicas: [String]
    var labelSelector: [String]?

    static let standard = ScalePaths(
        specReplicas: ["spec", "replicas"], statusReplicas: ["status", "replicas"],
        labelSelector: ["status", "selector"])
}

/// A CRD's `additionalPrinterColumns` entry.
struct CustomColumn: Sendable, Hashable {
    var name: String
    var type: String
    var format: String = ""
    var description: String = ""
    var priority: Int = 0
    var jsonPath: String
}

/// Where and how a resource stored in another's shape lives.
struct StoredForm: Sendable {
    var key: ResourceKey
    var toStorage: @Sendable (JSONValue) -> JSONValue
    var fromStorage: @Sendable (JSONValue) -> JSONValue
}
