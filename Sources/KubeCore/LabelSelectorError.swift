/// A label selector that does not parse, or a requirement that breaks Kubernetes' rules (an
/// invalid key or value, `in` without values, an unknown operator).
public struct LabelSelectorError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String

    public init(message: String) {
        self.message = message
    }

    public var description: String { message }
}
