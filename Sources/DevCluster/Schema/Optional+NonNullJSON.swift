import KubeCore

extension Optional where Wrapped == JSONValue {
    /// The value unless it is absent or JSON `null`, which Go decodes alike. (Written out
    /// because `JSONValue` takes `nil` literals: `cond ? nil : value` would yield `.null`.)
    var nonNull: JSONValue? {
        guard case let .some(value) = self, !value.isNull else { return .none }
        return value
    }
}
