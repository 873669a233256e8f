import Foundation
import KubeCore

/// Decodes a protobuf message into the JSON object Kubernetes would write for the same Go value,
/// following a ProtobufMessageSchema table. Unknown fields are skipped by wire type; a known field
/// arriving with the wrong wire type is an error, as in Kubernetes' generated decoders.
enum ProtobufJSONDecoder {
    /// Deeper than any supported schema nests (ClusterRole is five levels), low enough that hostile
    /// input cannot exhaust the stack.
    static let maxDepth = 32

    static func decode(_ bytes: ArraySlice<UInt8>, schema: ProtobufMessageSchema) throws(ProtobufDecodeError) -> JSONObject {
        var object = JSONObject()
        try decode(bytes, schema: schema, into: &object, depth: 0)
        return object
    }

    /// Decodes into an existing object because protobuf merges a message field sent twice.
    private static func decode(
        _ bytes: ArraySlice<UInt8>, schema: ProtobufMessageSchema, into object: inout JSONObject, depth: Int
    ) throws(ProtobufDecodeError) {
        guard depth < maxDepth else { throw .malformed("nesting deeper than \(maxDepth) levels") }
        var reader = ProtobufWireReader(bytes)
        while !reader.isAtEnd {
            let (number, wireType) = try reader.readTag()
            guard let field = schema.fields[number] else {
                try reader.skip(wireType, field: number, depth: depth + 1)
                continue
            }
            try decode(field, wireType, from: &reader, into: &object, depth: depth)
        }
    }

    private static func decode(
        _ field: ProtobufMessageSchema.Field, _ wireType: ProtobufWireReader.WireType,
        from reader: inout ProtobufWireReader, into object: inout JSONObject, depth: Int
    ) throws(ProtobufDecodeError) {
        let expected: ProtobufWireReader.WireType = switch field.kind {
        case .scalar(let scalar): scalar.wireType
        case .message, .map: .lengthDelimited
        }
        guard wireType == expected else {
            throw .malformed("field \(field.name) has wire type \(wireType.rawValue), expected \(expected.rawValue)")
        }
        switch field.kind {
        case .message(let schema):
            let bytes = try reader.readLengthDelimited()
            if field.repeated {
                var element = JSONObject()
                try decode(bytes, schema: schema, into: &element, depth: depth + 1)
                append(.object(element), to: field.name, in: &object)
            } else {
                try updateObject(field.name, in: &object) { nested throws(ProtobufDecodeError) in
                    try decode(bytes, schema: schema, into: &nested, depth: depth + 1)
                }
            }
        case .map(let valueKind):
            let (key, value) = try mapEntry(try reader.readLengthDelimited(), value: valueKind, depth: depth + 1)
            try updateObject(field.name, in: &object) { map in map[key] = value }
        case .scalar(let scalar):
            let value = try self.scalar(scalar, from: &reader)
            if field.repeated {
                if let value { append(value, to: field.name, in: &object) }
            } else if let value, field.presence == .whenSent || !isEmpty(value) {
                object[field.name] = value
            } else {
                // Proto's last value wins, so an empty one sent later clears an earlier one.
                object.removeValue(forKey: field.name)
            }
        }
    }

    /// A scalar's JSON value; nil for the zero metav1.Time, which Kubernetes' JSON leaves out.
    private static func scalar(_ scalar: ProtobufMessageSchema.Scalar, from reader: inout ProtobufWireReader) throws(ProtobufDecodeError) -> JSONValue? {
        switch scalar {
        case .int64: return .integer(Int64(bitPattern: try reader.readVarint()))
        case .bool: return .bool(try reader.readVarint() != 0)
        case .string: return .string(String(decoding: try reader.readLengthDelimited(), as: UTF8.self))
        case .bytes: return .string(Data(try reader.readLengthDelimited()).base64EncodedString())
        case .time: return try time(try reader.readLengthDelimited())
        }
    }

    /// metav1.Time: seconds (1) and nanos (2). Kubernetes encodes the zero time as an empty message
    /// and writes times in JSON to the second, so nanos are checked but not shown.
    private static func time(_ bytes: ArraySlice<UInt8>) throws(ProtobufDecodeError) -> JSONValue? {
        guard !bytes.isEmpty else { return nil }
        var reader = ProtobufWireReader(bytes)
        var seconds: Int64 = 0
        var nanos: Int64 = 0
        while !reader.isAtEnd {
            let (number, wireType) = try reader.readTag()
            switch (number, wireType) {
            case (1, .varint): seconds = Int64(bitPattern: try reader.readVarint())
            case (2, .varint): nanos = Int64(Int32(truncatingIfNeeded: try reader.readVarint()))
            case (1, _), (2, _): throw .malformed("time field \(number) has wire type \(wireType.rawValue), expected 0")
            default: try reader.skip(wireType, field: number, depth: 1)
            }
        }
        // 0001-01-01T00:00:00Z ... 9999-12-31T23:59:59Z, the range RFC 3339 (and Go's JSON) can write.
        guard (-62_135_596_800 ... 253_402_300_799).contains(seconds) else { throw .malformed("time \(seconds)s is out of range") }
        guard (0 ..< 1_000_000_000).contains(nanos) else { throw .malformed("time nanos \(nanos) is out of range") }
        return .string(KubeTime(secondsSince1970: seconds).rfc3339)
    }

    /// One map entry: key in field 1, value in field 2, either missing meaning empty.
    private static func mapEntry(
        _ bytes: ArraySlice<UInt8>, value kind: ProtobufMessageSchema.Scalar, depth: Int
    ) throws(ProtobufDecodeError) -> (String, JSONValue) {
        var reader = ProtobufWireReader(bytes)
        var key = ""
        // A missing value is the zero value, as in Go; the maps here hold strings and bytes.
        var value: JSONValue = .string("")
        while !reader.isAtEnd {
            let (number, wireType) = try reader.readTag()
            guard number == 1 || number == 2 else {
                try reader.skip(wireType, field: number, depth: depth + 1)
                continue
            }
            let expected = number == 1 ? .lengthDelimited : kind.wireType
            guard wireType == expected else {
                throw .malformed("map entry field \(number) has wire type \(wireType.rawValue), expected \(expected.rawValue)")
            }
            if number == 1 {
                key = String(decoding: try reader.readLengthDelimited(), as: UTF8.self)
            } else {
                value = try scalar(kind, from: &reader) ?? .string("")
            }
        }
        return (key, value)
    }

    // Lists, maps and nested messages grow one wire field at a time. Each is moved out of its
    // slot (leaving null) while it changes, so it is uniquely referenced and grows in place:
    // copying it for every element would make a long list in a hostile body quadratic.

    private static func append(_ element: JSONValue, to name: String, in object: inout JSONObject) {
        let index = slot(name, in: &object)
        var array = object.values[index].arrayValue ?? []
        object.values[index] = .null
        array.append(element)
        object.values[index] = .array(array)
    }

    private static func updateObject(
        _ name: String, in object: inout JSONObject, _ change: (inout JSONObject) throws(ProtobufDecodeError) -> Void
    ) throws(ProtobufDecodeError) {
        let index = slot(name, in: &object)
        var nested = object.values[index].objectValue ?? [:]
        object.values[index] = .null
        try change(&nested)
        object.values[index] = .object(nested)
    }

    /// The index of a field's value, adding the field (in wire order) if it is new.
    private static func slot(_ name: String, in object: inout JSONObject) -> Int {
        if let index = object.index(forKey: name) { return index }
        object[name] = .null
        return object.count - 1
    }

    private static func isEmpty(_ value: JSONValue) -> Bool {
        switch value {
        case .string(let text): return text.isEmpty
        case .integer(let number): return number == 0
        case .bool(let flag): return !flag
        default: return false
        }
    }
}
