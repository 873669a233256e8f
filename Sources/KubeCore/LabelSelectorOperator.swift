/// The operator of a `matchExpressions` entry. Any string decodes, so that an object with a
/// misspelt operator still reads and the mistake is reported when the selector is used.
public struct LabelSelectorOperator: RawRepresentable, Codable, Sendable, Hashable, ExpressibleByStringLiteral {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public static let `in`: LabelSelectorOperator = "In"
    public static let notIn: LabelSelectorOperator = "NotIn"
    public static let exists: LabelSelectorOperator = "Exists"
    public static let doesNotExist: LabelSelectorOperator = "DoesNotExist"
}
