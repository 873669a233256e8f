import KubeCore

extension StructuralSchema {
    /// Rewrites every quantity under this schema in canonical form (`0.5` → `"500m"`, `1024Mi`
    /// → `"1Gi"`, the integer `2` → `"2"`), as kube-apiserver's decoding of a built-in object into
    /// its Go type and encoding it again does. Returns `false` when a value there is not a
    /// quantity at all, which the decoder refuses; what is not a quantity is left as it was.
    func canonicalizeQuantities(in value: inout JSONValue) -> Bool {
        guard containsQuantities, !value.isNull else { return true }
        if isQuantity {
            let written: String? = switch value {
            case .string(let text): text
            case .integer(let integer): String(integer)
            case .number(let number): "\(number)"
            default: nil
            }
            guard let written, let quantity = Quantity(written) else { return false }
            value = .string(quantity.canonical ?? written)
            return true
        }
        var valid = true
        switch value {
        case var .object(members):
            value = .null  // let `members` be the only reference, so it changes in place
            for index in members.values.indices {
                guard let schema = schema(forMember: members.keys[index]) else { continue }
                valid = schema.canonicalizeQuantities(in: &members.values[index]) && valid
            }
            value = .object(members)
        case var .array(elements):
            guard let items else { return true }
            value = .null
            for index in elements.indices { valid = items.canonicalizeQuantities(in: &elements[index]) && valid }
            value = .array(elements)
        default:
            break
        }
        return valid
    }
}
