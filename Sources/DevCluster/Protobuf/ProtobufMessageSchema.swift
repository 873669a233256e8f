/// One protobuf message's layout as data: for each field number, the JSON name Kubernetes gives
/// the field and how its value is encoded. Kept as tables rather than generated types because
/// DevCluster only needs to turn these bodies into the JSON it already handles.
struct ProtobufMessageSchema: Sendable {
    /// How a single value is encoded on the wire and written in JSON.
    enum Scalar: Sendable {
        /// Length-delimited UTF-8.
        case string
        /// Length-delimited raw bytes, written as base64 as Kubernetes' JSON writes `[]byte`.
        case bytes
        /// A varint read as a signed 64-bit integer.
        case int64
        /// A varint, non-zero meaning true.
        case bool
        /// metav1.Time (seconds = 1, nanos = 2), written as an RFC 3339 string.
        case time

        var wireType: ProtobufWireReader.WireType {
            switch self {
            case .int64, .bool: .varint
            case .string, .bytes, .time: .lengthDelimited
            }
        }
    }

    /// What a field holds.
    indirect enum Kind: Sendable {
        case scalar(Scalar)
        /// An embedded message.
        case message(ProtobufMessageSchema)
        /// map<string, V>: repeated entries with the key in field 1 and the value in field 2.
        case map(value: Scalar)

        // Shorthands so the tables read like the .proto files.
        static let string = Kind.scalar(.string)
        static let int64 = Kind.scalar(.int64)
        static let bool = Kind.scalar(.bool)
        static let time = Kind.scalar(.time)
    }

    /// When a decoded field is written to the JSON.
    enum Presence: Sendable {
        /// A value field tagged `omitempty`: Kubernetes' encoder writes such fields even when
        /// empty, and its JSON leaves the empty value out.
        case unlessEmpty
        /// A pointer field, or one without `omitempty`: written whenever it was sent, even empty.
        case whenSent
    }

    struct Field: Sendable {
        var name: String
        var kind: Kind
        var repeated: Bool
        var presence: Presence

        init(_ name: String, _ kind: Kind, repeated: Bool = false, presence: Presence = .unlessEmpty) {
            self.name = name
            self.kind = kind
            self.repeated = repeated
            self.presence = presence
        }
    }

    var fields: [UInt64: Field]

    init(_ fields: [UInt64: Field]) {
        self.fields = fields
    }
}
