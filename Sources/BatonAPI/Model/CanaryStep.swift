/// One step of a canary rollout: send `weight` percent of traffic to the new version, then
/// hold for `pause`.
public struct CanaryStep: Codable, Sendable, Hashable {
    public var weight: Int32
    /// How long to hold the weight while the analysis judges it; absent: hold until a person
    /// promotes (`baton.dev/promote`), except for a last step of weight 100, which is the
    /// promotion itself.
    public var pause: KubeDuration?

    public init(weight: Int32, pause: KubeDuration? = nil) {
        self.weight = weight
        self.pause = pause
    }
}

extension CanaryStep: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "A canary step: a share of traffic for the new version, held for a while.", required: ["weight"],
        properties: [
            "weight": .integer("The percentage of traffic sent to the new version.", minimum: 0, maximum: 100),
            "pause": .string(
                "How long to hold the weight while the analysis judges it, such as 2m or 1h30m (units h, m, s, ms); "
                    + "absent: hold until promoted by hand (baton.dev/promote), except a last step of weight 100.",
                pattern: KubeDuration.pattern),
        ])
}
