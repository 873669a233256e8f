/// Counts of the Models a Policy selects, by result.
public struct PolicySummary: Codable, Sendable, Hashable {
    public var pass: Int32
    public var fail: Int32

    public init(pass: Int32, fail: Int32) {
        self.pass = pass
        self.fail = fail
    }
}

extension PolicySummary: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "Counts of the selected Models by result, all of them, whether or not results lists them.",
        required: ["pass", "fail"],
        properties: [
            "pass": .integer("Compliant Models.", minimum: 0),
            "fail": .integer("Violating Models.", minimum: 0),
        ])
}
