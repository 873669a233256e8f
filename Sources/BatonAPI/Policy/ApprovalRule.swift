/// Human approval of each version: one of `approvers` names themselves in an annotation on
/// the Model, beside the exact version they approve, so that approving 2.1.0 does not
/// approve 2.2.0.
public struct ApprovalRule: Codable, Sendable, Hashable {
    public var approvers: [String]

    /// On the Model: who approves (one of `approvers`).
    public static let approvedByAnnotation = "baton.dev/approved-by"
    /// On the Model: the `spec.version` approved.
    public static let approvedVersionAnnotation = "baton.dev/approved-version"

    public init(approvers: [String]) {
        self.approvers = approvers
    }
}

extension ApprovalRule: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "Human approval of each version: the Model must carry the annotations \(approvedByAnnotation) (one of the "
            + "approvers) and \(approvedVersionAnnotation) (equal to spec.version).",
        required: ["approvers"],
        properties: [
            "approvers": .array(
                "Who may approve.", of: .string("An approver's name.", minLength: 1), listType: .set, minItems: 1),
        ])
}
