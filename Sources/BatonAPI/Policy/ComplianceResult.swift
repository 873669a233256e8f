/// Whether a Model meets a Policy.
public enum ComplianceResult: String, Codable, Sendable, Hashable, CaseIterable {
    case pass = "Pass"
    case fail = "Fail"
}
