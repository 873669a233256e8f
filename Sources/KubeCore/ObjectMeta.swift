/// `metadata` of every persisted Kubernetes object (`metav1.ObjectMeta`). Absent fields are
/// `nil` and are left out when encoding, as the API server leaves them out.
public struct ObjectMeta: Codable, Sendable, Hashable {
    public var name: String?
    /// A prefix the server completes with random characters when `name` is empty.
    public var generateName: String?
    public var namespace: String?
    public var uid: String?
    /// Opaque: compare for equality only, never order.
    public var resourceVersion: String?
    /// Incremented by the server on every change to the desired state (spec), not to status.
    public var generation: Int64?
    public var creationTimestamp: KubeTime?
    /// Set when deletion was requested; the object goes once its finalizers are gone.
    public var deletionTimestamp: KubeTime?
    public var deletionGracePeriodSeconds: Int64?
    public var labels: [String: String]?
    public var annotations: [String: String]?
    public var ownerReferences: [OwnerReference]?
    public var finalizers: [String]?
    /// Server-side apply bookkeeping, kept as it came: only the server interprets it.
    public var managedFields: [JSONValue]?

    public init(
        name: String? = nil,
        generateName: String? = nil,
        namespace: String? = nil,
        uid: String? = nil,
        resourceVersion: String? = nil,
        generation: Int64? = nil,
        creationTimestamp: KubeTime? = nil,
        deletionTimestamp: KubeTime? = nil,
        deletionGracePeriodSeconds: Int64? = nil,
        labels: [String: String]? = nil,
        annotations: [String: String]? = nil,
        ownerReferences: [OwnerReference]? = nil,
        finalizers: [String]? = nil,
        managedFields: [JSONValue]? = nil
    ) {
        self.name = name
        self.generateName = generateName
        self.namespace = namespace
        self.uid = uid
        self.resourceVersion = resourceVersion
        self.generation = generation
        self.creationTimestamp = creationTimestamp
        self.deletionTimestamp = deletionTimestamp
        self.deletionGracePeriodSeconds = deletionGracePeriodSeconds
        self.labels = labels
        self.annotations = annotations
        self.ownerReferences = ownerReferences
        self.finalizers = finalizers
        self.managedFields = managedFields
    }

    /// The owner reference marked `controller: true`, if any: the object that manages this one.
    public var controllerReference: OwnerReference? {
        ownerReferences?.first { $0.controller == true }
    }
}
