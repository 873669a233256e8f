/// How a Model is served: a Deployment of the runtime's image with a storage-initializer init
/// container that fetches the artifact into `/mnt/models`, behind a Service.
public struct ServingSpec: Sendable, Hashable {
    public var runtime: ServingRuntime
    /// The server image: required for `Custom`, replaces the runtime's default otherwise.
    public var image: String?
    public var args: [String]?
    public var env: [EnvVar]?
    /// Pods per version when not autoscaled.
    public var replicas: Int32
    public var resources: ResourceRequirements?
    public var autoscaling: AutoscalingSpec?
    /// The pods' ServiceAccount and security settings, written beside the other fields.
    public var pod: PodSettings

    public static let defaultReplicas: Int32 = 1

    public init(
        runtime: ServingRuntime, image: String? = nil, args: [String]? = nil, env: [EnvVar]? = nil,
        replicas: Int32 = defaultReplicas, resources: ResourceRequirements? = nil, autoscaling: AutoscalingSpec? = nil,
        pod: PodSettings = PodSettings()
    ) {
        self.runtime = runtime
        self.image = image
        self.args = args
        self.env = env
        self.replicas = replicas
        self.resources = resources
        self.autoscaling = autoscaling
        self.pod = pod
    }
}

extension ServingSpec: Codable {
    private enum CodingKeys: String, CodingKey {
        case runtime, image, args, env, replicas, resources, autoscaling
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        runtime = try container.decode(ServingRuntime.self, forKey: .runtime)
        image = try container.decodeIfPresent(String.self, forKey: .image)
        args = try container.decodeIfPresent([String].self, forKey: .args)
        env = try container.decodeIfPresent([EnvVar].self, forKey: .env)
        replicas = try container.decode(.replicas, default: Self.defaultReplicas)
        resources = try container.decodeIfPresent(ResourceRequirements.self, forKey: .resources)
        autoscaling = try container.decodeIfPresent(AutoscalingSpec.self, forKey: .autoscaling)
        pod = try PodSettings(from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(runtime, forKey: .runtime)
        try container.encodeIfPresent(image, forKey: .image)
        try container.encodeIfPresent(args, forKey: .args)
        try container.encodeIfPresent(env, forKey: .env)
        try container.encode(replicas, forKey: .replicas)
        try container.encodeIfPresent(resources, forKey: .resources)
        try container.encodeIfPresent(autoscaling, forKey: .autoscaling)
        try pod.encode(to: encoder)
    }
}

extension ServingSpec: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "How the model is served: the runtime's server in a Deployment, with the artifact fetched into /mnt/models.",
        required: ["runtime"],
        properties: [
            "runtime": .string("The model server: MLServer, TFServing, TorchServe, Triton, or Custom with an image.",
                               enum: ServingRuntime.self),
            "image": .string("The server image: required for Custom, replaces the runtime's default otherwise.", minLength: 1),
            "args": .array("Arguments to the server, replacing the runtime's.", of: .string("An argument.")),
            "env": EnvVar.listSchema.withDescription("Environment variables of the server container."),
            "replicas": .integer("Pods per version; ignored when autoscaling is set.", minimum: 0)
                .defaulted(defaultReplicas),
            "resources": ResourceRequirements.openAPISchema,
            "autoscaling": AutoscalingSpec.openAPISchema,
        ]
    ).including(PodSettings.openAPISchema)
    .rule("self.runtime != 'Custom' || has(self.image)", message: "image is required when runtime is Custom")
}
