/// The desired state of a Model.
public struct ModelSpec: Sendable, Hashable {
    /// The version to serve. Changing it trains (or fetches) that version, gates it and rolls
    /// it out. It names child objects and labels, hence a label value's syntax.
    public var version: String
    /// Who answers for the model, for governance.
    public var owner: String?
    /// Where the model card is.
    public var modelCard: String?
    /// The training data, for lineage.
    public var data: DatasetReference?
    /// How to train each version. Exactly one of `training` and `artifact` is set.
    public var training: TrainingSpec?
    /// A pre-trained model to serve as this version.
    public var artifact: ModelArtifact?
    public var serving: ServingSpec
    public var rollout: RolloutSpec

    /// A label value (Baton labels children with the version) that starts with an
    /// alphanumeric: `2.1.0`, `v42`, `2024-11-27`, `1.0.0-rc.1`.
    public static let versionPattern = "^[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"

    public init(
        version: String, owner: String? = nil, modelCard: String? = nil, data: DatasetReference? = nil,
        training: TrainingSpec? = nil, artifact: ModelArtifact? = nil, serving: ServingSpec,
        rollout: RolloutSpec = RolloutSpec()
    ) {
        self.version = version
        self.owner = owner
        self.modelCard = modelCard
        self.data = data
        self.training = training
        self.artifact = artifact
        self.serving = serving
        self.rollout = rollout
    }
}

extension ModelSpec: Codable {
    private enum CodingKeys: String, CodingKey {
        case version, owner, modelCard, data, training, artifact, serving, rollout
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decode(String.self, forKey: .version)
        owner = try container.decodeIfPresent(String.self, forKey: .owner)
        modelCard = try container.decodeIfPresent(String.self, forKey: .modelCard)
        data = try container.decodeIfPresent(DatasetReference.self, forKey: .data)
        training = try container.decodeIfPresent(TrainingSpec.self, forKey: .training)
        artifact = try container.decodeIfPresent(ModelArtifact.self, forKey: .artifact)
        serving = try container.decode(ServingSpec.self, forKey: .serving)
        rollout = try container.decode(.rollout, default: RolloutSpec())
    }
}

extension ModelSpec: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "The desired state of the Model.", required: ["version", "serving"],
        properties: [
            "version": .string(
                "The version to serve, such as 2.1.0. Changing it trains (or fetches) that version, gates it through "
                    + "the Policies and rolls it out. A label value: alphanumerics, '-', '_' and '.', at most 63 characters.",
                pattern: versionPattern, maxLength: 63),
            "owner": .string("Who answers for the model, such as team-risk; Policies may require it.", minLength: 1),
            "modelCard": .string("The URL of the model card; Policies may require it.", format: "uri", minLength: 1),
            "data": DatasetReference.openAPISchema,
            "training": TrainingSpec.openAPISchema,
            "artifact": ModelArtifact.openAPISchema.withDescription(
                "A pre-trained model to serve as this version, instead of training one."),
            "serving": ServingSpec.openAPISchema,
            "rollout": RolloutSpec.openAPISchema.defaulted([:]),
        ]
    ).requiringExactlyOne(of: ["training", "artifact"])
}
