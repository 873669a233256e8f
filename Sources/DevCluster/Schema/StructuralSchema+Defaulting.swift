import KubeCore

extension StructuralSchema {
    /// Fills in `default` values as apiextensions-apiserver's structural defaulting does
    /// (pkg/apiserver/schema/defaulting/algorithm.go): a property that is missing, or `null`
    /// where the schema is not nullable, gets its default; then every member, array item and
    /// additionalProperties value is defaulted in turn, including the defaults just inserted,
    /// so defaults inside defaults apply. New members go after the existing ones.
    func applyDefaults(to value: inout JSONValue) {
        switch value {
        case var .object(members):
            value = .null  // let `members` be the only reference, so it changes in place
            for name in propertyNames {
                guard let property = properties[name], let defaultValue = property.defaultValue else { continue }
                if let existing = members[name] {
                    if existing.isNull && !property.nullable { members[name] = defaultValue }
                } else {
                    members[name] = defaultValue
                }
            }
            for index in members.values.indices {
                if let property = properties[members.keys[index]] {
                    property.applyDefaults(to: &members.values[index])
                } else if case let .schema(additional)? = additionalProperties {
                    additional.fillNonNullableNull(&members.values[index])
                    additional.applyDefaults(to: &members.values[index])
                }
            }
            value = .object(members)
        case var .array(elements):
            guard let items else { return }
            value = .null
            for index in elements.indices {
                items.fillNonNullableNull(&elements[index])
                items.applyDefaults(to: &elements[index])
            }
            value = .array(elements)
        default:
            break
        }
    }

    /// A `null` this schema does not allow becomes the default, when there is one.
    private func fillNonNullableNull(_ value: inout JSONValue) {
        if value.isNull, !nullable, let defaultValue { value = defaultValue }
    }
}
