/// A reference to an object of a kind the field's name implies, in the referrer's namespace:
/// `monitorRef: {name: fraud-health}`, the shape API conventions give `fooRef` fields (an
/// object, so that `namespace` or `group` can be added without breaking clients).
public struct LocalObjectReference: Codable, Sendable, Hashable {
    public var name: String

    public init(name: String) {
        self.name = name
    }
}

extension LocalObjectReference: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "A reference to an object in the same namespace.", required: ["name"],
        properties: ["name": ObjectName.schema("The name of the object.")])
}
