/// Writes protobuf wire format by hand, so tests can build the exact bytes a Kubernetes client
/// sends (and bytes no client would send) without a protobuf library.
struct ProtobufTestEncoder {
    private(set) var bytes: [UInt8] = []

    static func varintBytes(_ value: UInt64) -> [UInt8] {
        var value = value
        var out: [UInt8] = []
        while value >= 0x80 {
            out.append(UInt8(value & 0x7F) | 0x80)
            value >>= 7
        }
        out.append(UInt8(value))
        return out
    }

    mutating func tag(_ field: UInt64, _ wireType: UInt64) {
        bytes += Self.varintBytes(field << 3 | wireType)
    }

    /// Bytes written as they are: fixed-width values, or deliberately broken input.
    mutating func append(_ raw: [UInt8]) {
        bytes += raw
    }

    mutating func varint(_ field: UInt64, _ value: UInt64) {
        tag(field, 0)
        bytes += Self.varintBytes(value)
    }

    mutating func lengthDelimited(_ field: UInt64, _ value: [UInt8]) {
        tag(field, 2)
        bytes += Self.varintBytes(UInt64(value.count)) + value
    }

    mutating func string(_ field: UInt64, _ value: String) {
        lengthDelimited(field, Array(value.utf8))
    }

    mutating func message(_ field: UInt64, _ build: (inout ProtobufTestEncoder) -> Void) {
        var nested = ProtobufTestEncoder()
        build(&nested)
        lengthDelimited(field, nested.bytes)
    }

    /// One entry of a map<string, string> field.
    mutating func entry(_ field: UInt64, _ key: String, _ value: String) {
        message(field) { $0.string(1, key); $0.string(2, value) }
    }

    static func message(_ build: (inout ProtobufTestEncoder) -> Void) -> [UInt8] {
        var encoder = ProtobufTestEncoder()
        build(&encoder)
        return encoder.bytes
    }

    /// `k8s\0` and a runtime.Unknown around `raw`, as client-go's protobuf serializer writes it.
    static func envelope(apiVersion: String, kind: String, raw: [UInt8]) -> [UInt8] {
        Array("k8s\0".utf8) + message { envelope in
            envelope.message(1) { $0.string(1, apiVersion); $0.string(2, kind) }
            envelope.lengthDelimited(2, raw)
        }
    }
}
