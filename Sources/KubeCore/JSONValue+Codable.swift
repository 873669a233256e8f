import Foundation

/// `JSONValue` as a `Codable` field, so typed structs can carry free-form JSON (the contents of
/// `x-kubernetes-preserve-unknown-fields`, `managedFields`, a raw extension).
///
/// Object members are handed to the encoder in order and read back in the order the decoder
/// reports them; Foundation's JSON coders keep neither order (use `JSONParser` and
/// `jsonBytes(options:)` where order matters).
extension JSONValue: Codable {
    public init(from decoder: any Decoder) throws {
        if let object = try? decoder.container(keyedBy: JSONCodingKey.self) {
            var members = JSONObject()
            for key in object.allKeys {
                members[key.stringValue] = try object.decode(JSONValue.self, forKey: key)
            }
            self = .object(members)
            return
        }
        if var array = try? decoder.unkeyedContainer() {
            var elements: [JSONValue] = []
            if let count = array.count { elements.reserveCapacity(count) }
            while !array.isAtEnd {
                elements.append(try array.decode(JSONValue.self))
            }
            self = .array(elements)
            return
        }
        let scalar = try decoder.singleValueContainer()
        if scalar.decodeNil() {
            self = .null
        } else if let bool = try? scalar.decode(Bool.self) {
            self = .bool(bool)
        } else if let integer = try? scalar.decode(Int64.self) {
            self = .integer(integer)
        } else if let number = try? scalar.decode(Double.self) {
            self = .number(number)
        } else {
            self = .string(try scalar.decode(String.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .null:
            var scalar = encoder.singleValueContainer()
            try scalar.encodeNil()
        case let .bool(bool):
            var scalar = encoder.singleValueContainer()
            try scalar.encode(bool)
        case let .integer(integer):
            var scalar = encoder.singleValueContainer()
            try scalar.encode(integer)
        case let .number(number):
            var scalar = encoder.singleValueContainer()
            try scalar.encode(number)
        case let .string(string):
            var scalar = encoder.singleValueContainer()
            try scalar.encode(string)
        case let .array(elements):
            var array = encoder.unkeyedContainer()
            for element in elements { try array.encode(element) }
        case let .object(members):
            var object = encoder.container(keyedBy: JSONCodingKey.self)
            for (key, value) in members { try object.encode(value, forKey: JSONCodingKey(key)) }
        }
    }
}

// MARK: - Converting typed values

extension JSONValue {
    /// The JSON form of a `Codable` value (a typed Kubernetes object as a value tree).
    ///
    /// Object keys come out sorted: `JSONEncoder` writes keys in hash order, which changes from
    /// one run to the next, and generated output (manifests, patches) must not.
    public init(encoding value: some Encodable) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        self = try JSONParser().parse(try encoder.encode(value))
    }

    /// This value decoded as `T` (a value tree read as a typed Kubernetes object).
    public func decode<T: Decodable>(_ type: T.Type = T.self) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(jsonBytes()))
    }
}
