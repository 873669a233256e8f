/// A label selector in its parsed form (apimachinery's `labels.Selector`): requirements that
/// must all hold. No requirements selects everything.
///
/// Parses the string form used by `kubectl -l` and the `labelSelector` query parameter, and
/// prints it back canonically (requirements sorted by key, values sorted).
public struct LabelRequirements: Sendable, Hashable, CustomStringConvertible {
    /// Sorted by key; requirements on the same key keep their relative order.
    public let requirements: [LabelRequirement]

    /// Selects everything.
    public static let everything = LabelRequirements([])

    public init(_ requirements: [LabelRequirement]) {
        self.requirements = requirements.enumerated()
            .sorted { lhs, rhs in
                lhs.element.key == rhs.element.key
                    ? lhs.offset < rhs.offset
                    : lhs.element.key.utf8.lexicographicallyPrecedes(rhs.element.key.utf8)
            }
            .map(\.element)
    }

    /// Parses `app=web,tier in (api,web),!canary` exactly as `labels.Parse` does: `=`, `==`,
    /// `!=`, `in (…)`, `notin (…)`, `key` (exists), `!key` (does not exist), `>` and `<` with
    /// integers, separated by commas, with whitespace allowed between tokens. An empty string
    /// selects everything.
    public init(parsing selector: String) throws(LabelSelectorError) {
        var parser = LabelSelectorParser(selector)
        do {
            self.init(try parser.parse())
        } catch {
            throw LabelSelectorError(message: "invalid label selector \"\(selector)\": \(error.message)")
        }
    }

    public var isEmpty: Bool { requirements.isEmpty }

    public func matches(_ labels: [String: String]) -> Bool {
        requirements.allSatisfy { $0.matches(labels) }
    }

    /// The canonical string form; "" for a selector that selects everything.
    public var description: String {
        requirements.map(\.description).joined(separator: ",")
    }
}
