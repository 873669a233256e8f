/// The structured label selector of Kubernetes API objects (`metav1.LabelSelector`), as in a
/// Deployment's `spec.selector`: `matchLabels` and `matchExpressions`, all of which must hold.
///
/// An empty selector selects everything. A missing one (`nil` where a selector is optional)
/// selects nothing in Kubernetes; that choice belongs to the caller holding the optional.
public struct LabelSelector: Codable, Sendable, Hashable {
    /// Each entry is the requirement `key=value`.
    public var matchLabels: [String: String]?
    public var matchExpressions: [LabelSelectorRequirement]?

    public init(matchLabels: [String: String]? = nil, matchExpressions: [LabelSelectorRequirement]? = nil) {
        self.matchLabels = matchLabels
        self.matchExpressions = matchExpressions
    }

    /// The requirements this selector stands for (apimachinery's `LabelSelectorAsSelector`);
    /// throws for an invalid key or value, an unknown operator, or `In`/`NotIn` without values.
    public func requirements() throws(LabelSelectorError) -> LabelRequirements {
        var requirements: [LabelRequirement] = []
        for (key, value) in (matchLabels ?? [:]).sorted(by: { $0.key < $1.key }) {
            requirements.append(try LabelRequirement(key: key, operator: .equals, values: [value]))
        }
        for expression in matchExpressions ?? [] {
            let op: LabelRequirement.Operator
            switch expression.operator {
            case .in: op = .in
            case .notIn: op = .notIn
            case .exists: op = .exists
            case .doesNotExist: op = .doesNotExist
            default:
                throw LabelSelectorError(
                    message: "\"\(expression.operator.rawValue)\" is not a valid label selector operator "
                        + "(expected In, NotIn, Exists or DoesNotExist)")
            }
            requirements.append(try LabelRequirement(key: expression.key, operator: op, values: expression.values ?? []))
        }
        return LabelRequirements(requirements)
    }

    /// Whether the labels satisfy every requirement; throws when the selector itself is invalid.
    public func matches(_ labels: [String: String]) throws(LabelSelectorError) -> Bool {
        try requirements().matches(labels)
    }
}
