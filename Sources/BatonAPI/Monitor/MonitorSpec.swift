/// The desired state of a Monitor.
public struct MonitorSpec: Sendable, Hashable {
    public var modelRef: LocalObjectReference
    public var interval: KubeDuration
    /// The operator's configured Prometheus when absent.
    public var prometheus: PrometheusSource?
    public var metrics: [MetricCheck]?
    public var drift: [DriftCheck]?
    public var actions: [MonitorAction]?

    /// Matches Prometheus' usual scrape interval: checking more often sees the same samples.
    public static let defaultInterval: KubeDuration = "1m"

    public init(
        modelRef: LocalObjectReference, interval: KubeDuration = defaultInterval, prometheus: PrometheusSource? = nil,
        metrics: [MetricCheck]? = nil, drift: [DriftCheck]? = nil, actions: [MonitorAction]? = nil
    ) {
        self.modelRef = modelRef
        self.interval = interval
        self.prometheus = prometheus
        self.metrics = metrics
        self.drift = drift
        self.actions = actions
    }
}

extension MonitorSpec: Codable {
    private enum CodingKeys: String, CodingKey {
        case modelRef, interval, prometheus, metrics, drift, actions
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        modelRef = try container.decode(LocalObjectReference.self, forKey: .modelRef)
        interval = try container.decode(.interval, default: Self.defaultInterval)
        prometheus = try container.decodeIfPresent(PrometheusSource.self, forKey: .prometheus)
        metrics = try container.decodeIfPresent([MetricCheck].self, forKey: .metrics)
        drift = try container.decodeIfPresent([DriftCheck].self, forKey: .drift)
        actions = try container.decodeIfPresent([MonitorAction].self, forKey: .actions)
    }
}

extension MonitorSpec: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "The desired state of the Monitor: metric checks, drift checks or both, and actions.", required: ["modelRef"],
        properties: [
            "modelRef": LocalObjectReference.openAPISchema.withDescription("The Model watched."),
            "interval": .string(
                "How often the checks run, such as 30s or 5m (units h, m, s, ms).", pattern: KubeDuration.pattern
            ).defaulted(.string(defaultInterval.text)),
            "prometheus": PrometheusSource.openAPISchema,
            "metrics": .array(
                "Queries whose values must stay within thresholds; a violation sets Degraded.",
                of: MetricCheck.openAPISchema, listType: .map(keys: ["name"]), maxItems: 50),
            "drift": .array(
                "Features whose live distribution is compared with a reference; a violation sets DriftDetected.",
                of: DriftCheck.openAPISchema, listType: .map(keys: ["name"]), maxItems: 50),
            "actions": .array(
                "What to do on a violation, in order. Events are emitted in any case.",
                of: MonitorAction.openAPISchema, maxItems: 10),
        ]
    ).requiringAtLeastOne(of: ["metrics", "drift"])
}
