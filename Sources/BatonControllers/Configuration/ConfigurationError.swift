import KubeCore

/// Why the operator's configuration file was refused, naming the field:
/// `runtimes.MLServer.port: expected an integer, found string "http"`.
public struct ConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The dotted path of the bad field (`runtimes.Triton.args[1]`); `nil` for the file as a whole.
    public var field: String?
    public var problem: String

    public init(field: String?, problem: String) {
        self.field = field
        self.problem = problem
    }

    public var description: String {
        "operator configuration: " + (field.map { "\($0): " } ?? "") + problem
    }

    /// The decoding error restated in the file's terms, with the offending value quoted from
    /// `document` where there is one.
    init(_ error: DecodingError, in document: JSONValue) {
        switch error {
        case let .typeMismatch(type, context):
            let found = Self.value(at: context.codingPath, in: document)
            self.init(
                field: Self.path(context.codingPath),
                problem: "expected \(Self.describe(type)), found " + (found.map(Self.describe) ?? "nothing"))
        case let .valueNotFound(type, context):
            self.init(field: Self.path(context.codingPath), problem: "expected \(Self.describe(type)), found null")
        case let .keyNotFound(key, context):
            self.init(field: Self.path(context.codingPath + [key]), problem: "required field is missing")
        case let .dataCorrupted(context):
            self.init(field: Self.path(context.codingPath), problem: context.debugDescription)
        @unknown default:
            self.init(field: nil, problem: "\(error)")
        }
    }

    private static func path(_ codingPath: [any CodingKey]) -> String? {
        var path = ""
        for key in codingPath {
            if let index = key.intValue {
                path += "[\(index)]"
            } else {
                path += (path.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return path.isEmpty ? nil : path
    }

    private static func value(at codingPath: [any CodingKey], in document: JSONValue) -> JSONValue? {
        var value: JSONValue? = document
        for key in codingPath {
            value = key.intValue.flatMap { value?[$0] } ?? value?[key.stringValue]
        }
        return value
    }

    /// The expected type in the file's words; decoders report containers as `Array<…>` or
    /// `Dictionary<…>` and everything else by its own type.
    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int32.Type, is Int64.Type, is Int.Type: return "an integer"
        case is Bool.Type: return "a boolean"
        default:
            return String(describing: type).hasPrefix("Array") ? "a list" : "a mapping"
        }
    }

    private static func describe(_ value: JSONValue) -> String {
        switch value {
        case let .string(text): "string \"\(text)\""
        case .null: "null"
        default: "\(value.typeName) " + ((try? value.jsonString()) ?? "")
        }
    }
}
