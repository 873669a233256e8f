import KubeCore

/// The dynamic type a value would have in apimachinery, which decodes JSON integers as `int64`
/// and other numbers as `float64`: two values of different kinds never merge, and a list must hold
/// one kind only.
enum ValueKind: Hashable, Sendable {
    case object, array, string, integer, number, bool, null

    init(_ value: JSONValue) {
        switch value {
        case .object: self = .object
        case .array: self = .array
        case .string: self = .string
        case .integer: self = .integer
        case .number: self = .number
        case .bool: self = .bool
        case .null: self = .null
        }
    }

    /// The Go type name, for messages shaped like apimachinery's (`expected a map[string]interface {},
    /// but received a string`).
    var goTypeName: String {
        switch self {
        case .object: return "map[string]interface {}"
        case .array: return "[]interface {}"
        case .string: return "string"
        case .integer: return "int64"
        case .number: return "float64"
        case .bool: return "bool"
        case .null: return "<nil>"
        }
    }

    /// The one kind of every element of `lists` (`sliceElementType`). Like apimachinery, only the
    /// first element is checked for being a list, so a later list reads as a mixed list.
    static func ofElements(_ lists: [JSONValue]...) throws(StrategicMergePatchError) -> ValueKind {
        var found: ValueKind?
        for list in lists {
            for element in list {
                let kind = ValueKind(element)
                guard let expected = found else {
                    guard kind != .array else { throw .listOfLists }
                    found = kind
                    continue
                }
                guard kind == expected else { throw .mixedElementTypes(lists) }
            }
        }
        guard let found else { throw .noElements }
        return found
    }
}
