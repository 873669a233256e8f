/// What runs in a container that Baton creates for a training run or a pipeline step: the
/// fields of a Kubernetes `Container` that users set, the rest left to Baton.
public struct ContainerSpec: Codable, Sendable, Hashable {
    public var image: String
    /// The entrypoint; the image's when absent.
    public var command: [String]?
    public var args: [String]?
    public var env: [EnvVar]?
    public var resources: ResourceRequirements?

    public init(
        image: String, command: [String]? = nil, args: [String]? = nil, env: [EnvVar]? = nil,
        resources: ResourceRequirements? = nil
    ) {
        self.image = image
        self.command = command
        self.args = args
        self.env = env
        self.resources = resources
    }
}

extension ContainerSpec: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "A container to run.", required: ["image"],
        properties: [
            "image": .string("The container image, such as registry.example.com/fraud-train:1.4.", minLength: 1),
            "command": .array("The entrypoint; the image's when absent.", of: .string("An argument.")),
            "args": .array("Arguments to the entrypoint.", of: .string("An argument.")),
            "env": EnvVar.listSchema,
            "resources": ResourceRequirements.openAPISchema,
        ])
}
