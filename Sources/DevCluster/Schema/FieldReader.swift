import KubeCore

/// Reads CRD members leniently, recording one error for each member of the wrong JSON type
/// (kube-apiserver would refuse such a body when decoding it).
struct FieldReader {
    private(set) var errors: [FieldError] = []

    mutating func object(_ value: JSONValue?, at path: FieldPath) -> JSONObject {
        switch value {
        case nil, .null?: return [:]
        case let .object(members)?: return members
        case let other?:
            errors.append(.typeInvalid(path, other, "must be of type object"))
            return [:]
        }
    }

    mutating func array(_ value: JSONValue?, at path: FieldPath) -> [JSONValue] {
        switch value {
        case nil, .null?: return []
        case let .array(elements)?: return elements
        case let other?:
            errors.append(.typeInvalid(path, other, "must be of type array"))
            return []
        }
    }

    mutating func string(_ value: JSONValue?, at path: FieldPath) -> String {
        switch value {
        case nil, .null?: return ""
        case let .string(text)?: return text
        case let other?:
            errors.append(.typeInvalid(path, other, "must be of type string"))
            return ""
        }
    }

    mutating func strings(_ value: JSONValue?, at path: FieldPath) -> [String] {
        array(value, at: path).enumerated().map { string($0.element, at: path.index($0.offset)) }
    }

    mutating func bool(_ value: JSONValue?, at path: FieldPath) -> Bool {
        switch value {
        case nil, .null?: return false
        case let .bool(flag)?: return flag
        case let other?:
            errors.append(.typeInvalid(path, other, "must be of type boolean"))
            return false
        }
    }
}
