/// Reads the protobuf wire format (varints, tags, length-delimited runs) from request bytes.
/// The bytes come from the network, so every length is checked against what is left before it is
/// used and every read that cannot complete throws: nothing here traps or loops on hostile input.
struct ProtobufWireReader {
    /// The low three bits of a tag, saying how the field's value is laid out.
    enum WireType: UInt64 {
        case varint = 0
        case fixed64 = 1
        case lengthDelimited = 2
        case startGroup = 3
        case endGroup = 4
        case fixed32 = 5
    }

    /// A varint is at most ten bytes; anything longer overflows 64 bits.
    private static let maxVarintBytes = 10

    private let bytes: ArraySlice<UInt8>
    private var position: Int

    init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        self.position = bytes.startIndex
    }

    var isAtEnd: Bool { position >= bytes.endIndex }

    mutating func readVarint() throws(ProtobufDecodeError) -> UInt64 {
        var value: UInt64 = 0
        for index in 0 ..< Self.maxVarintBytes {
            guard position < bytes.endIndex else { throw .malformed("unexpected end of data in a varint") }
            let byte = bytes[position]
            position += 1
            value |= UInt64(byte & 0x7F) << UInt64(7 * index)
            if byte & 0x80 == 0 { return value }
        }
        throw .malformed("varint longer than \(Self.maxVarintBytes) bytes")
    }

    /// The next field's number and wire type. Field number 0 and wire types 6 and 7 do not exist.
    mutating func readTag() throws(ProtobufDecodeError) -> (field: UInt64, wireType: WireType) {
        let tag = try readVarint()
        let field = tag >> 3
        guard field > 0 else { throw .malformed("field number 0 is not allowed") }
        guard let wireType = WireType(rawValue: tag & 7) else {
            throw .malformed("illegal wire type \(tag & 7) for field \(field)")
        }
        return (field, wireType)
    }

    /// The bytes of a length-delimited value (string, bytes, embedded message or map entry),
    /// sharing storage with the whole body rather than copying it.
    mutating func readLengthDelimited() throws(ProtobufDecodeError) -> ArraySlice<UInt8> {
        let length = try readVarint()
        // Compared as UInt64 first so a length near 2^64 cannot overflow the index arithmetic.
        guard length <= UInt64(bytes.endIndex - position) else {
            throw .malformed("length \(length) runs past the end of the data")
        }
        let start = position
        position += Int(length)
        return bytes[start ..< position]
    }

    /// Skips a value of a field this schema does not know, as protobuf parsers do, so that fields
    /// added in later Kubernetes versions (or ones DevCluster ignores, like managedFields) are
    /// harmless. Groups nest, so their depth is bounded like messages'.
    mutating func skip(_ wireType: WireType, field: UInt64, depth: Int) throws(ProtobufDecodeError) {
        switch wireType {
        case .varint: _ = try readVarint()
        case .fixed64: try advance(8)
        case .fixed32: try advance(4)
        case .lengthDelimited: _ = try readLengthDelimited()
        case .endGroup: throw .malformed("unexpected end of group for field \(field)")
        case .startGroup:
            guard depth < ProtobufJSONDecoder.maxDepth else { throw .malformed("nesting deeper than \(ProtobufJSONDecoder.maxDepth) levels") }
            while true {
                guard !isAtEnd else { throw .malformed("unterminated group for field \(field)") }
                let (inner, innerType) = try readTag()
                if innerType == .endGroup {
                    guard inner == field else { throw .malformed("group for field \(field) ended by field \(inner)") }
                    return
                }
                try skip(innerType, field: inner, depth: depth + 1)
            }
        }
    }

    private mutating func advance(_ count: Int) throws(ProtobufDecodeError) {
        guard bytes.endIndex - position >= count else { throw .malformed("unexpected end of data in a fixed-width value") }
        position += count
    }
}
