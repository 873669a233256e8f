/// The seccomp filter a pod's containers run under, as in Kubernetes' `SeccompProfile`.
public struct SeccompProfile: Codable, Sendable, Hashable {
    public enum ProfileType: String, Codable, Sendable, Hashable, CaseIterable {
        /// The container runtime's default filter: what the "restricted" Pod Security Standard asks for.
        case runtimeDefault = "RuntimeDefault"
        /// A profile file on the node, named by `localhostProfile`.
        case localhost = "Localhost"
        /// No filter; refused by the "restricted" standard.
        case unconfined = "Unconfined"
    }

    public var type: ProfileType
    /// The profile's path, relative to the kubelet's seccomp directory; only with `Localhost`.
    public var localhostProfile: String?

    public init(type: ProfileType, localhostProfile: String? = nil) {
        self.type = type
        self.localhostProfile = localhostProfile
    }
}

extension SeccompProfile: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "The seccomp profile of the pod's containers.", required: ["type"],
        properties: [
            "type": .string("RuntimeDefault, Localhost (with localhostProfile) or Unconfined.", enum: ProfileType.self),
            "localhostProfile": .string(
                "The profile file, relative to the kubelet's seccomp directory; only with type Localhost.", minLength: 1),
        ]
    ).rule(
        "self.type == 'Localhost' ? has(self.localhostProfile) : !has(self.localhostProfile)",
        message: "localhostProfile is required with type Localhost and forbidden otherwise")
}
