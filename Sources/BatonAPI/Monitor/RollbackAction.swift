/// Sends all of the Model's traffic back to its stable version. It has no settings: it is an
/// object (`rollback: {}`) so that the action union stays a set of optional fields, as
/// `emptyDir: {}` is among a Pod's volumes.
public struct RollbackAction: Codable, Sendable, Hashable {
    private enum CodingKeys: CodingKey {}

    public init() {}

    /// Synthesized decoding of a type without fields reads nothing at all, and would take
    /// `rollback: 7` for `rollback: {}`.
    public init(from decoder: any Decoder) throws {
        _ = try decoder.container(keyedBy: CodingKeys.self)
    }
}

extension RollbackAction: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "Send all of the Model's traffic back to its stable version (a canary is aborted; a fully rolled-out version "
            + "is replaced by the previous Promoted one).",
        properties: [:])
}
