/// The container-level security settings a Model may give its own container (the trainer, the
/// model server): the fields of Kubernetes' `SecurityContext` that limit what a process may
/// gain. Each field set here replaces Baton's default for it (`allowPrivilegeEscalation: false`,
/// capabilities `drop: [ALL]`); the rest keep the defaults.
public struct ContainerSecurityContext: Codable, Sendable, Hashable {
    public var allowPrivilegeEscalation: Bool?
    public var readOnlyRootFilesystem: Bool?
    public var capabilities: Capabilities?

    public init(allowPrivilegeEscalation: Bool? = nil, readOnlyRootFilesystem: Bool? = nil, capabilities: Capabilities? = nil) {
        self.allowPrivilegeEscalation = allowPrivilegeEscalation
        self.readOnlyRootFilesystem = readOnlyRootFilesystem
        self.capabilities = capabilities
    }
}

/// Linux capabilities added to or dropped from a container's default set.
public struct Capabilities: Codable, Sendable, Hashable {
    public var add: [String]?
    public var drop: [String]?

    public init(add: [String]? = nil, drop: [String]? = nil) {
        self.add = add
        self.drop = drop
    }
}

extension ContainerSecurityContext: SchemaDescribed {
    private static let capabilityName = OpenAPISchema.string(
        "A capability, such as NET_BIND_SERVICE, or ALL.", pattern: "^[A-Z_]+$", minLength: 1)

    public static let openAPISchema = OpenAPISchema.object(
        "Security settings of the Model's own container (the trainer or the model server; the storage "
            + "initializer keeps the defaults); each field given replaces Baton's default "
            + "(allowPrivilegeEscalation: false, capabilities.drop: [ALL]), the others keep it.",
        properties: [
            "allowPrivilegeEscalation": .boolean("Whether a process may gain more privileges than its parent (setuid)."),
            "readOnlyRootFilesystem": .boolean("Whether the container's root filesystem is read-only; writable when absent."),
            "capabilities": .object(
                "Capabilities to add and drop; add and drop each replace the default's when given.",
                properties: [
                    "add": .array("Capabilities to add; the restricted standard allows only NET_BIND_SERVICE.", of: capabilityName),
                    "drop": .array("Capabilities to drop; [ALL] by default.", of: capabilityName),
                ]),
        ])
}
