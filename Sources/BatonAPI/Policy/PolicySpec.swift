import KubeCore

/// The desired state of a Policy: which Models, how strictly, and the rules. Every rule is
/// optional; a Policy with none passes everything.
public struct PolicySpec: Sendable, Hashable {
    /// The Models governed, in the Policy's namespace; an empty selector selects all.
    public var modelSelector: LabelSelector
    public var enforcement: Enforcement
    public var requiredMetadata: [MetadataField]?
    /// Registries (or registry path prefixes) every image must come from.
    public var allowedImageRegistries: [String]?
    public var allowedArtifactURIPrefixes: [String]?
    public var evaluationMetrics: [MetricRequirement]?
    public var approval: ApprovalRule?
    /// When rollouts may start; at any time when absent.
    public var deploymentWindows: [DeploymentWindow]?
    public var resourceCeilings: ResourceCeilings?

    /// A Policy is written to be obeyed; audit mode is the opt-in trial run.
    public static let defaultEnforcement = Enforcement.enforce

    public init(
        modelSelector: LabelSelector = LabelSelector(), enforcement: Enforcement = defaultEnforcement,
        requiredMetadata: [MetadataField]? = nil, allowedImageRegistries: [String]? = nil,
        allowedArtifactURIPrefixes: [String]? = nil, evaluationMetrics: [MetricRequirement]? = nil,
        approval: ApprovalRule? = nil, deploymentWindows: [DeploymentWindow]? = nil,
        resourceCeilings: ResourceCeilings? = nil
    ) {
        self.modelSelector = modelSelector
        self.enforcement = enforcement
        self.requiredMetadata = requiredMetadata
        self.allowedImageRegistries = allowedImageRegistries
        self.allowedArtifactURIPrefixes = allowedArtifactURIPrefixes
        self.evaluationMetrics = evaluationMetrics
        self.approval = approval
        self.deploymentWindows = deploymentWindows
        self.resourceCeilings = resourceCeilings
    }
}

extension PolicySpec: Codable {
    private enum CodingKeys: String, CodingKey {
        case modelSelector, enforcement, requiredMetadata, allowedImageRegistries, allowedArtifactURIPrefixes
        case evaluationMetrics, approval, deploymentWindows, resourceCeilings
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        modelSelector = try container.decode(LabelSelector.self, forKey: .modelSelector)
        enforcement = try container.decode(.enforcement, default: Self.defaultEnforcement)
        requiredMetadata = try container.decodeIfPresent([MetadataField].self, forKey: .requiredMetadata)
        allowedImageRegistries = try container.decodeIfPresent([String].self, forKey: .allowedImageRegistries)
        allowedArtifactURIPrefixes = try container.decodeIfPresent([String].self, forKey: .allowedArtifactURIPrefixes)
        evaluationMetrics = try container.decodeIfPresent([MetricRequirement].self, forKey: .evaluationMetrics)
        approval = try container.decodeIfPresent(ApprovalRule.self, forKey: .approval)
        deploymentWindows = try container.decodeIfPresent([DeploymentWindow].self, forKey: .deploymentWindows)
        resourceCeilings = try container.decodeIfPresent(ResourceCeilings.self, forKey: .resourceCeilings)
    }
}

extension PolicySpec: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "The desired state of the Policy: the Models it governs, how strictly, and its rules (each optional).",
        required: ["modelSelector"],
        properties: [
            "modelSelector": LabelSelector.openAPISchema.withDescription(
                "The Models governed, by label, in the Policy's namespace; {} selects them all."),
            "enforcement": .string(
                "Enforce (a violating version is held at Gated) or Audit (violations are recorded only).",
                enum: Enforcement.self
            ).defaulted(defaultEnforcement),
            "requiredMetadata": .array(
                "Metadata every Model must have: Owner (spec.owner), ModelCard (spec.modelCard), DataLineage "
                    + "(spec.data with its version).",
                of: .string("A metadata field.", enum: MetadataField.self), listType: .set),
            "allowedImageRegistries": .array(
                "Where images may come from: each image must start with one of these followed by '/', such as "
                    + "registry.example.com or registry.example.com/ml.",
                of: .string("A registry, optionally with a path.", minLength: 1), listType: .set),
            "allowedArtifactURIPrefixes": .array(
                "Where artifacts may be: each artifact URI must start with one of these, such as s3://ml-models/.",
                of: .string("A URI prefix.", minLength: 1), listType: .set),
            "evaluationMetrics": .array(
                "Bounds on the evaluation metrics training reported; a pre-trained artifact, which reports none, fails them.",
                of: MetricRequirement.openAPISchema, listType: .map(keys: ["name"])),
            "approval": ApprovalRule.openAPISchema,
            "deploymentWindows": .array(
                "When rollouts may start: inside any of these windows. At any time when absent.",
                of: DeploymentWindow.openAPISchema, minItems: 1, maxItems: 20),
            "resourceCeilings": ResourceCeilings.openAPISchema,
        ])
}
