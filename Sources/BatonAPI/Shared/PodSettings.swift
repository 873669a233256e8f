/// Who the pods of a training run or a served version run as, and how locked down they are:
/// the pod fields a Model sets beside its container's (in `spec.training` and `spec.serving`).
/// Absent fields take the operator's defaults.
public struct PodSettings: Codable, Sendable, Hashable {
    /// The ServiceAccount of the pods; the operator's configured one, else the namespace's
    /// `default`, when absent.
    public var serviceAccountName: String?
    /// Whether the pods get the ServiceAccount's API token; the operator's configured choice
    /// (`false` unless changed) when absent.
    public var automountServiceAccountToken: Bool?
    public var securityContext: PodSecurityContext?
    public var containerSecurityContext: ContainerSecurityContext?

    public init(
        serviceAccountName: String? = nil, automountServiceAccountToken: Bool? = nil,
        securityContext: PodSecurityContext? = nil, containerSecurityContext: ContainerSecurityContext? = nil
    ) {
        self.serviceAccountName = serviceAccountName
        self.automountServiceAccountToken = automountServiceAccountToken
        self.securityContext = securityContext
        self.containerSecurityContext = containerSecurityContext
    }
}

extension PodSettings: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "Pod settings beside the container's.",
        properties: [
            "serviceAccountName": ObjectName.schema(
                "The ServiceAccount the pods run as; the operator's configured one, else the namespace's default."),
            "automountServiceAccountToken": .boolean(
                "Whether the pods get the ServiceAccount's API token; not mounted unless the operator's configuration "
                    + "or this field says so. Only a pod that calls the Kubernetes API needs it."),
            "securityContext": PodSecurityContext.openAPISchema,
            "containerSecurityContext": ContainerSecurityContext.openAPISchema,
        ])
}
