/// What to do when the Monitor reports a violation: exactly one of `rollback`, `retrain` and
/// `webhook`.
public struct MonitorAction: Sendable, Hashable {
    /// The violations that run the action.
    public var when: [MonitorSignal]
    public var rollback: RollbackAction?
    public var retrain: RetrainAction?
    public var webhook: WebhookAction?

    public static let defaultWhen = MonitorSignal.allCases

    public init(
        when: [MonitorSignal] = defaultWhen, rollback: RollbackAction? = nil, retrain: RetrainAction? = nil,
        webhook: WebhookAction? = nil
    ) {
        self.when = when
        self.rollback = rollback
        self.retrain = retrain
        self.webhook = webhook
    }
}

extension MonitorAction: Codable {
    private enum CodingKeys: String, CodingKey {
        case when, rollback, retrain, webhook
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        when = try container.decode(.when, default: Self.defaultWhen)
        rollback = try container.decodeIfPresent(RollbackAction.self, forKey: .rollback)
        retrain = try container.decodeIfPresent(RetrainAction.self, forKey: .retrain)
        webhook = try container.decodeIfPresent(WebhookAction.self, forKey: .webhook)
    }
}

extension MonitorAction: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "An action run when the Monitor reports a violation: exactly one of rollback, retrain and webhook.",
        properties: [
            "when": .array(
                "The violations that run it: Degraded, DriftDetected.",
                of: .string("A violation.", enum: MonitorSignal.self), listType: .set, minItems: 1
            ).defaulted(.array(defaultWhen.map { .string($0.rawValue) })),
            "rollback": RollbackAction.openAPISchema,
            "retrain": RetrainAction.openAPISchema,
            "webhook": WebhookAction.openAPISchema,
        ]
    ).requiringExactlyOne(of: ["rollback", "retrain", "webhook"])
}
