import KubeCore

extension LabelSelector: SchemaDescribed {
    /// `metav1.LabelSelector` as controller-gen describes it.
    public static let openAPISchema = OpenAPISchema.object(
        "A label query: all of matchLabels and matchExpressions must hold; an empty selector selects everything.",
        properties: [
            "matchLabels": .map(
                "Labels that must have exactly these values.", values: .string("The required value.")),
            "matchExpressions": .array(
                "Requirements on labels.", of: LabelSelectorRequirement.openAPISchema),
        ])
}

extension LabelSelectorRequirement: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "A requirement on one label.", required: ["key", "operator"],
        properties: [
            "key": .string("The label key."),
            "operator": .string(
                "How the label relates to values.",
                enum: [LabelSelectorOperator.in, .notIn, .exists, .doesNotExist].map(\.rawValue)),
            "values": .array(
                "The values, for In and NotIn; empty for Exists and DoesNotExist.", of: .string("A value.")),
        ])
}
