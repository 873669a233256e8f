/// How a new version replaces the serving one. Every field has a default, so the whole
/// `rollout` may be left out.
public struct RolloutSpec: Sendable, Hashable {
    public var strategy: RolloutStrategy
    public var trafficRouter: TrafficRouter
    /// For `GatewayAPI`: the Gateway the Model's HTTPRoute attaches to.
    public var gatewayRef: GatewayReference?
    /// For `Canary` only, and required there.
    public var steps: [CanaryStep]?
    public var analysis: AnalysisSpec?
    public var failurePolicy: RolloutFailurePolicy
    /// How long the replaced version's pods stay after a promotion: an abort or undo within it
    /// finds them still up. Then its Deployment is deleted.
    public var scaleDownDelay: KubeDuration

    /// BlueGreen: no downtime (unlike Recreate), no user traffic on an unjudged version, and
    /// no steps to write (unlike Canary).
    public static let defaultStrategy = RolloutStrategy.blueGreen
    /// Replicas: works on any cluster, without Gateway API.
    public static let defaultTrafficRouter = TrafficRouter.replicas
    public static let defaultFailurePolicy = RolloutFailurePolicy.rollback
    /// As Argo Rollouts: long enough for clients and load balancers to stop using the old pods.
    public static let defaultScaleDownDelay: KubeDuration = "30s"

    public init(
        strategy: RolloutStrategy = defaultStrategy, trafficRouter: TrafficRouter = defaultTrafficRouter,
        gatewayRef: GatewayReference? = nil, steps: [CanaryStep]? = nil, analysis: AnalysisSpec? = nil,
        failurePolicy: RolloutFailurePolicy = defaultFailurePolicy, scaleDownDelay: KubeDuration = defaultScaleDownDelay
    ) {
        self.strategy = strategy
        self.trafficRouter = trafficRouter
        self.gatewayRef = gatewayRef
        self.steps = steps
        self.analysis = analysis
        self.failurePolicy = failurePolicy
        self.scaleDownDelay = scaleDownDelay
    }
}

extension RolloutSpec: Codable {
    private enum CodingKeys: String, CodingKey {
        case strategy, trafficRouter, gatewayRef, steps, analysis, failurePolicy, scaleDownDelay
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        strategy = try container.decode(.strategy, default: Self.defaultStrategy)
        trafficRouter = try container.decode(.trafficRouter, default: Self.defaultTrafficRouter)
        gatewayRef = try container.decodeIfPresent(GatewayReference.self, forKey: .gatewayRef)
        steps = try container.decodeIfPresent([CanaryStep].self, forKey: .steps)
        analysis = try container.decodeIfPresent(AnalysisSpec.self, forKey: .analysis)
        failurePolicy = try container.decode(.failurePolicy, default: Self.defaultFailurePolicy)
        scaleDownDelay = try container.decode(.scaleDownDelay, default: Self.defaultScaleDownDelay)
    }
}

extension RolloutSpec: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "How a new version replaces the serving one.",
        properties: [
            "strategy": .string(
                "Canary (traffic moves by the weights of steps), BlueGreen (the new version is judged beside the old, "
                    + "then takes all traffic), Recreate (the old version goes first: downtime), or Shadow (the new "
                    + "version gets a mirrored copy of the traffic and answers no one until judged; needs GatewayAPI).",
                enum: RolloutStrategy.self
            ).defaulted(defaultStrategy),
            "trafficRouter": .string(
                "How traffic is split: Replicas (one Service over both versions, split by replica counts) or "
                    + "GatewayAPI (an HTTPRoute with weights; needs gatewayRef).",
                enum: TrafficRouter.self
            ).defaulted(defaultTrafficRouter),
            "gatewayRef": GatewayReference.openAPISchema,
            "steps": .array(
                "The canary steps, in order; after the last, the new version takes all traffic. "
                    + "Required for Canary, not allowed otherwise.",
                of: CanaryStep.openAPISchema, minItems: 1, maxItems: 20),
            "analysis": AnalysisSpec.openAPISchema,
            "failurePolicy": .string(
                "What happens when the analysis fails: Rollback (traffic returns to the stable version) or Pause "
                    + "(the rollout holds for a person to decide).",
                enum: RolloutFailurePolicy.self
            ).defaulted(defaultFailurePolicy),
            "scaleDownDelay": .string(
                "How long the replaced version's pods stay after a promotion (an abort or undo within it finds them up), "
                    + "such as 30s or 5m; then its Deployment is deleted.", pattern: KubeDuration.pattern
            ).defaulted(.string(defaultScaleDownDelay.text)),
        ]
    )
    .rule(
        "self.strategy == 'Canary' ? has(self.steps) : !has(self.steps)",
        message: "steps are required for the Canary strategy and allowed only with it")
    .rule(
        "self.trafficRouter != 'GatewayAPI' || has(self.gatewayRef)",
        message: "gatewayRef is required when trafficRouter is GatewayAPI")
    .rule(
        "self.strategy != 'Shadow' || (self.trafficRouter == 'GatewayAPI' && has(self.analysis))",
        message: "the Shadow strategy needs trafficRouter GatewayAPI (to mirror traffic) and an analysis (to judge it)")
}
