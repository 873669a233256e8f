/// Governance metadata a Policy can require of a Model.
public enum MetadataField: String, Codable, Sendable, Hashable, CaseIterable {
    /// `spec.owner`.
    case owner = "Owner"
    /// `spec.modelCard`.
    case modelCard = "ModelCard"
    /// `spec.data`, with its version.
    case dataLineage = "DataLineage"
}
