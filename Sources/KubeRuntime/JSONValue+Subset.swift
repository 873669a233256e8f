import KubeCore

extension JSONValue {
    /// Whether every field of `self` is present in `other` with the same value — whether the
    /// object the API server holds already says everything a desired object says. The server
    /// adds defaults (a container's `terminationMessagePath`, a Service's `clusterIP`) that a
    /// desired object leaves out, so equality would see a difference on every reconcile.
    ///
    /// Lists must have the same length and match element by element: an extra element is a
    /// difference (a removed container must be removed). Integers and numbers compare by value.
    public func isSubset(of other: JSONValue) -> Bool {
        switch (self, other) {
        case let (.object(fields), .object(otherFields)):
            return fields.allSatisfy { key, value in otherFields[key].map { value.isSubset(of: $0) } ?? false }
        case let (.array(elements), .array(otherElements)):
            return elements.count == otherElements.count
                && zip(elements, otherElements).allSatisfy { $0.isSubset(of: $1) }
        case let (.integer(left), .number(right)):
            return Double(left) == right
        case let (.number(left), .integer(right)):
            return left == Double(right)
        default:
            return self == other
        }
    }
}
