import KubeCore

/// How a Shadow candidate's predictions are compared with the stable version's: both answer
/// the same (mirrored) requests, so their prediction distributions should match unless the
/// candidate behaves differently. Scored as a Monitor's drift check, the stable version's live
/// histogram as the reference.
public struct PredictionComparison: Sendable, Hashable {
    /// PromQL giving a version's prediction histogram, cumulative buckets by `le`; templated
    /// with `{{model}}`, `{{namespace}}` and `{{version}}` (each version in turn).
    public var query: String
    public var method: DriftMethod
    /// The score at or above which the candidate's predictions differ too much.
    public var threshold: Quantity

    /// The model servers' `baton_model_prediction` histogram (the one `baton dev` simulates).
    public static let defaultQuery =
        #"sum by (le) (increase(baton_model_prediction_bucket{namespace="{{namespace}}",model="{{model}}",version="{{version}}"}[1m]))"#
    /// KS: bounded 0 to 1, and read the same whatever the buckets.
    public static let defaultMethod = DriftMethod.kolmogorovSmirnov
    public static let defaultThreshold: Quantity = "0.1"

    public init(query: String = defaultQuery, method: DriftMethod = defaultMethod, threshold: Quantity = defaultThreshold) {
        self.query = query
        self.method = method
        self.threshold = threshold
    }
}

extension PredictionComparison: Codable {
    private enum CodingKeys: String, CodingKey {
        case query, method, threshold
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        query = try container.decode(.query, default: Self.defaultQuery)
        method = try container.decode(.method, default: Self.defaultMethod)
        threshold = try container.decode(.threshold, default: Self.defaultThreshold)
    }
}

extension PredictionComparison: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "For Shadow: how the candidate's predictions are compared with the stable version's on the same mirrored requests.",
        properties: [
            "query": .string(
                "PromQL giving a version's prediction histogram (cumulative buckets by le), templated with {{model}}, "
                    + "{{namespace}} and {{version}}.", minLength: 1
            ).defaulted(.string(defaultQuery)),
            "method": .string("PSI or KolmogorovSmirnov.", enum: DriftMethod.self).defaulted(defaultMethod),
            "threshold": .quantity("The score at or above which the candidate's predictions differ too much.")
                .defaulted(.string(defaultThreshold.description)),
        ])
}
