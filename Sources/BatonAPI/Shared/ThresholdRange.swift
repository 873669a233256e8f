import KubeCore

/// The bounds a metric must stay within (Flagger's `thresholdRange`): `min`, `max` or both,
/// inclusive. Quantities, not floats, as API conventions ask of specs: `min: "0.9"`.
public struct ThresholdRange: Codable, Sendable, Hashable {
    public var min: Quantity?
    public var max: Quantity?

    public init(min: Quantity? = nil, max: Quantity? = nil) {
        self.min = min
        self.max = max
    }

    /// Whether `value` is within the bounds.
    public func contains(_ value: Double) -> Bool {
        (min.map { value >= $0.value } ?? true) && (max.map { value <= $0.value } ?? true)
    }
}

extension ThresholdRange: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "Inclusive bounds the value must stay within: min, max or both.",
        properties: [
            "min": .quantity("The lowest acceptable value, such as \"0.9\"."),
            "max": .quantity("The highest acceptable value, such as \"250m\" or \"0.25\"."),
        ]
    ).requiringAtLeastOne(of: ["min", "max"])
}
