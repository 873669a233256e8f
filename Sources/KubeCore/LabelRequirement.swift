/// One condition of a label selector (apimachinery's `labels.Requirement`): `app=web`,
/// `tier in (api,web)`, `!canary`, `replicas>2`.
public struct LabelRequirement: Sendable, Hashable, CustomStringConvertible {
    /// The operators of the string form. Raw values are apimachinery's `selection.Operator`.
    public enum Operator: String, Sendable, Hashable, CaseIterable {
        case equals = "="
        case doubleEquals = "=="
        case notEquals = "!="
        case `in` = "in"
        case notIn = "notin"
        case exists = "exists"
        case doesNotExist = "!"
        /// Compares the label's value as an integer.
        case greaterThan = "gt"
        /// Compares the label's value as an integer.
        case lessThan = "lt"
    }

    public let key: String
    public let `operator`: Operator
    /// Sorted and without duplicates; empty for `exists` and `doesNotExist`.
    public let values: [String]

    /// Checks the requirement as `labels.NewRequirement` does: a valid label key and values;
    /// at least one value for `in`/`notin`; exactly one for `=`, `==`, `!=`, and an integer one
    /// for `gt`/`lt`; none for `exists`/`!`. The empty string is a valid value.
    public init(key: String, operator: Operator, values: [String] = []) throws(LabelSelectorError) {
        var problems: [String] = []
        let keyErrors = NameValidation.qualifiedName(key)
        if !keyErrors.isEmpty {
            problems.append("invalid label key \"\(key)\": " + keyErrors.joined(separator: "; "))
        }
        switch `operator` {
        case .in, .notIn:
            if values.isEmpty { problems.append("for 'in', 'notin' operators, values set can't be empty") }
        case .equals, .doubleEquals, .notEquals:
            if values.count != 1 { problems.append("exact-match compatibility requires one single value") }
        case .exists, .doesNotExist:
            if !values.isEmpty { problems.append("values set must be empty for exists and does not exist") }
        case .greaterThan, .lessThan:
            if values.count != 1 { problems.append("for 'Gt', 'Lt' operators, exactly one value is required") }
            for value in values where Int64(value) == nil {
                problems.append("invalid value \"\(value)\": for 'Gt', 'Lt' operators, the value must be an integer")
            }
        }
        for value in values {
            let valueErrors = NameValidation.labelValue(value)
            if !valueErrors.isEmpty {
                problems.append("invalid label value \"\(value)\" for key \"\(key)\": " + valueErrors.joined(separator: "; "))
            }
        }
        guard problems.isEmpty else {
            throw LabelSelectorError(message: problems.joined(separator: ", "))
        }
        self.key = key
        self.operator = `operator`
        self.values = Array(Set(values)).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// Whether a set of labels satisfies the requirement. A missing key satisfies only `!=`,
    /// `notin` and `!`.
    public func matches(_ labels: [String: String]) -> Bool {
        switch self.operator {
        case .in, .equals, .doubleEquals:
            guard let value = labels[key] else { return false }
            return values.contains(value)
        case .notIn, .notEquals:
            guard let value = labels[key] else { return true }
            return !values.contains(value)
        case .exists:
            return labels[key] != nil
        case .doesNotExist:
            return labels[key] == nil
        case .greaterThan, .lessThan:
            guard let text = labels[key], let value = Int64(text), values.count == 1, let bound = Int64(values[0])
            else { return false }
            return self.operator == .greaterThan ? value > bound : value < bound
        }
    }

    /// The canonical string form, as apimachinery prints it: `key=value`, `key in (a,b)`, `!key`.
    public var description: String {
        switch self.operator {
        case .exists: return key
        case .doesNotExist: return "!" + key
        case .equals: return "\(key)=\(values.joined(separator: ","))"
        case .doubleEquals: return "\(key)==\(values.joined(separator: ","))"
        case .notEquals: return "\(key)!=\(values.joined(separator: ","))"
        case .greaterThan: return "\(key)>\(values.joined(separator: ","))"
        case .lessThan: return "\(key)<\(values.joined(separator: ","))"
        case .in: return "\(key) in (\(values.joined(separator: ",")))"
        case .notIn: return "\(key) notin (\(values.joined(separator: ",")))"
        }
    }
}
