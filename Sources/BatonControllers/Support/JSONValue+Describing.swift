import KubeCore

extension JSONValue {
    /// "an array", "a string", "null": the JSON type in a sentence.
    var typeNameWithArticle: String {
        switch self {
        case .null: "null"
        case .array, .object, .integer: "an \(typeName)"
        default: "a \(typeName)"
        }
    }

    /// Compact JSON, cut short, for quoting a value in a message.
    var shortJSON: String {
        ((try? jsonString()) ?? typeName).truncated(to: 120)
    }
}
