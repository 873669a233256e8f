/// A field of the pod itself, for an environment variable (Kubernetes' `ObjectFieldSelector`):
/// `metadata.name`, `metadata.labels['team']`, `status.podIP`.
public struct ObjectFieldSelector: Codable, Sendable, Hashable {
    /// The schema `fieldPath` is written in; `v1` when absent.
    public var apiVersion: String?
    public var fieldPath: String

    public init(apiVersion: String? = nil, fieldPath: String) {
        self.apiVersion = apiVersion
        self.fieldPath = fieldPath
    }
}

extension ObjectFieldSelector: SchemaDescribed {
    public static let openAPISchema = OpenAPISchema.object(
        "A field of the pod, such as metadata.name or status.podIP.", required: ["fieldPath"],
        properties: [
            "apiVersion": .string("The version of the schema fieldPath is written in; v1 when absent."),
            "fieldPath": .string("The path of the field, such as metadata.labels['team'].", minLength: 1),
        ])
}
