import KubeCore

/// A feature whose live distribution is compared with a reference.
public struct DriftCheck: Sendable, Hashable {
    /// Unique in the Monitor; usually the feature's name.
    public var name: String
    /// PromQL giving the live histogram's cumulative buckets by `le`; templated as
    /// `MetricCheck.query`.
    public var query: String
    public var method: DriftMethod
    /// The score at or above which drift is detected.
    public var threshold: Quantity
    public var reference: HistogramReference

    public static let defaultMethod = DriftMethod.psi

    public init(
        name: String, query: String, method: DriftMethod = defaultMethod, threshold: Quantity,
        reference: HistogramReference
    ) {
        self.name = name
        self.query = query
        self.method = method
        self.threshold = threshold
        self.reference = reference
    }
}

extension DriftCheck: Codable {
    private enum CodingKeys: String, CodingKey {
        case name, query, method, threshold, reference
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        query = try container.decode(String.self, forKey: .query)
        method = try container.decode(.method, default: Self.defaultMethod)
        threshold = try container.decode(Quantity.self, forKey: .threshold)
        reference = try container.decode(HistogramReference.self, forKey: .reference)
    }
}

extension DriftCheck: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "A feature whose live distribution is compared with a reference.",
        required: ["name", "query", "threshold", "reference"],
        properties: [
            "name": .string("Unique in the Monitor; usually the feature's name.", minLength: 1, maxLength: 63),
            "query": .string(
                "PromQL giving the live histogram's cumulative buckets by le, such as "
                    + "sum by (le) (rate(feature_amount_bucket{model=\"{{model}}\"}[1h])); templated as metric queries.",
                minLength: 1),
            "method": .string(
                "PSI (Population Stability Index) or KolmogorovSmirnov (the statistic D, 0 to 1).", enum: DriftMethod.self
            ).defaulted(defaultMethod),
            "threshold": .quantity(
                "The score at or above which drift is detected, such as \"0.25\" for PSI or \"0.1\" for KolmogorovSmirnov."),
            "reference": HistogramReference.openAPISchema,
        ])
}
