/// The pod-level security settings a Model may give the pods Baton creates for it: the fields
/// of Kubernetes' `PodSecurityContext` that decide who the containers run as. Each field set
/// here replaces Baton's default for it; the rest keep the defaults (`runAsNonRoot: true`,
/// seccomp `RuntimeDefault`), which meet the "restricted" Pod Security Standard.
public struct PodSecurityContext: Codable, Sendable, Hashable {
    /// Whether the kubelet refuses to start a container whose user is root (or not numeric).
    public var runAsNonRoot: Bool?
    public var runAsUser: Int64?
    public var runAsGroup: Int64?
    /// The group that owns the pod's volumes, for images that write to them as another user.
    public var fsGroup: Int64?
    public var seccompProfile: SeccompProfile?

    public init(
        runAsNonRoot: Bool? = nil, runAsUser: Int64? = nil, runAsGroup: Int64? = nil, fsGroup: Int64? = nil,
        seccompProfile: SeccompProfile? = nil
    ) {
        self.runAsNonRoot = runAsNonRoot
        self.runAsUser = runAsUser
        self.runAsGroup = runAsGroup
        self.fsGroup = fsGroup
        self.seccompProfile = seccompProfile
    }
}

extension PodSecurityContext: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "Pod-level security settings; each field given replaces Baton's default (runAsNonRoot: true, seccompProfile "
            + "RuntimeDefault), the others keep it. A stock image that runs as root needs runAsUser (a non-root UID "
            + "it works under) or runAsNonRoot: false.",
        properties: [
            "runAsNonRoot": .boolean(
                "Whether containers must run as a non-root user; the image's user must then be numeric, or runAsUser set."),
            "runAsUser": .integer("The UID the containers run as; the image's user when absent.", format: .int64, minimum: 0),
            "runAsGroup": .integer("The GID the containers run as; the image's group when absent.", format: .int64, minimum: 0),
            "fsGroup": .integer("The group that owns the pod's volumes.", format: .int64, minimum: 0),
            "seccompProfile": SeccompProfile.openAPISchema,
        ])
}
