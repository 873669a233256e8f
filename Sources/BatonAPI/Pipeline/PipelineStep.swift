/// A node of a Pipeline's DAG: a container run as a Job, or a Model update. Exactly one of
/// `container` and `modelUpdate` is set.
public struct PipelineStep: Sendable, Hashable {
    /// Unique in the Pipeline; names the step's Jobs.
    public var name: String
    /// Steps that must succeed before this one starts.
    public var dependsOn: [String]?
    /// Retries of a failed step before the run fails.
    public var retries: Int32
    public var cachePolicy: StepCachePolicy
    public var container: ContainerSpec?
    public var modelUpdate: ModelUpdateStep?

    public static let defaultRetries: Int32 = 0
    public static let defaultCachePolicy = StepCachePolicy.never

    public init(
        name: String, dependsOn: [String]? = nil, retries: Int32 = defaultRetries,
        cachePolicy: StepCachePolicy = defaultCachePolicy, container: ContainerSpec? = nil,
        modelUpdate: ModelUpdateStep? = nil
    ) {
        self.name = name
        self.dependsOn = dependsOn
        self.retries = retries
        self.cachePolicy = cachePolicy
        self.container = container
        self.modelUpdate = modelUpdate
    }
}

extension PipelineStep: Codable {
    private enum CodingKeys: String, CodingKey {
        case name, dependsOn, retries, cachePolicy, container, modelUpdate
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        dependsOn = try container.decodeIfPresent([String].self, forKey: .dependsOn)
        retries = try container.decode(.retries, default: Self.defaultRetries)
        cachePolicy = try container.decode(.cachePolicy, default: Self.defaultCachePolicy)
        self.container = try container.decodeIfPresent(ContainerSpec.self, forKey: .container)
        modelUpdate = try container.decodeIfPresent(ModelUpdateStep.self, forKey: .modelUpdate)
    }
}

extension PipelineStep: SchemaDescribed {
    /// A DNS label, as the step's name goes into Job names.
    static let namePattern = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"

    public static let openAPISchema = OpenAPISchema.object(
        "A step: a container run as a Job, or a Model update. Exactly one of container and modelUpdate is set.",
        required: ["name"],
        properties: [
            "name": .string(
                "Unique in the Pipeline; a DNS label (lower-case alphanumerics and '-'), as it names the step's Jobs.",
                pattern: namePattern, maxLength: 63),
            "dependsOn": .array(
                "Steps that must succeed before this one starts.",
                of: .string("A step's name.", pattern: namePattern, maxLength: 63), listType: .set),
            "retries": .integer("Retries of a failed step before the run fails.", minimum: 0, maximum: 10)
                .defaulted(defaultRetries),
            "cachePolicy": .string(
                "Never (always run), or IfInputsUnchanged (skip when a run already succeeded with the same input hash: "
                    + "the step's spec and the hashes of the steps it depends on).",
                enum: StepCachePolicy.self
            ).defaulted(defaultCachePolicy),
            "container": ContainerSpec.openAPISchema.withDescription("A container to run as a Job."),
            "modelUpdate": ModelUpdateStep.openAPISchema,
        ]
    ).requiringExactlyOne(of: ["container", "modelUpdate"])
}
