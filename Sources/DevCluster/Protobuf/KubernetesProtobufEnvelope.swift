import KubeCore

/// The wrapper Kubernetes clients put around a protobuf object (`application/vnd.kubernetes.protobuf`):
/// the magic bytes `k8s\0`, then a runtime.Unknown message holding the object's typeMeta (1) and
/// its own protobuf encoding in `raw` (2), with contentEncoding (3) and contentType (4) unset.
struct KubernetesProtobufEnvelope {
    static let mediaType = "application/vnd.kubernetes.protobuf"
    private static let magic: [UInt8] = Array("k8s\0".utf8)

    let apiVersion: String
    let kind: String
    let raw: ArraySlice<UInt8>

    init(_ body: [UInt8]) throws(ProtobufDecodeError) {
        guard body.starts(with: Self.magic) else {
            throw .malformed("the body does not start with the Kubernetes protobuf prefix k8s\\0")
        }
        var reader = ProtobufWireReader(body[Self.magic.count...])
        var typeMeta = (apiVersion: "", kind: "")
        var raw: ArraySlice<UInt8>?
        var contentEncoding = ""
        var contentType = ""
        while !reader.isAtEnd {
            let (number, wireType) = try reader.readTag()
            guard (1 ... 4).contains(number) else {
                try reader.skip(wireType, field: number, depth: 1)
                continue
            }
            guard wireType == .lengthDelimited else {
                throw .malformed("envelope field \(number) has wire type \(wireType.rawValue), expected 2")
            }
            let value = try reader.readLengthDelimited()
            switch number {
            case 1: typeMeta = try Self.typeMeta(value)
            case 2: raw = value
            case 3: contentEncoding = String(decoding: value, as: UTF8.self)
            default: contentType = String(decoding: value, as: UTF8.self)
            }
        }
        // Clients leave these unset for a plain protobuf object; anything else would need a
        // decoding step DevCluster does not have.
        guard contentEncoding.isEmpty else { throw .malformed("content encoding \"\(contentEncoding)\" is not supported") }
        guard contentType.isEmpty || contentType == Self.mediaType else {
            throw .malformed("content type \"\(contentType)\" inside the envelope is not supported")
        }
        guard let raw else { throw .malformed("the envelope has no raw object") }
        guard !typeMeta.kind.isEmpty else { throw .malformed("the envelope's typeMeta has no kind") }
        (apiVersion, kind, self.raw) = (typeMeta.apiVersion, typeMeta.kind, raw)
    }

    /// The object as JSON with apiVersion and kind from the envelope, which the raw bytes lack.
    func object() throws(ProtobufDecodeError) -> JSONValue {
        guard let schema = KubernetesProtobufSchemas.schema(apiVersion: apiVersion, kind: kind) else {
            throw .unsupportedKind(apiVersion: apiVersion, kind: kind)
        }
        var object: JSONObject = ["apiVersion": .string(apiVersion), "kind": .string(kind)]
        object.merge(try ProtobufJSONDecoder.decode(raw, schema: schema)) { envelope, _ in envelope }
        return .object(object)
    }

    /// runtime.TypeMeta: apiVersion (1) and kind (2).
    private static func typeMeta(_ bytes: ArraySlice<UInt8>) throws(ProtobufDecodeError) -> (apiVersion: String, kind: String) {
        var apiVersion = ""
        var kind = ""
        var reader = ProtobufWireReader(bytes)
        while !reader.isAtEnd {
            let (number, wireType) = try reader.readTag()
            guard number == 1 || number == 2 else {
                try reader.skip(wireType, field: number, depth: 2)
                continue
            }
            guard wireType == .lengthDelimited else {
                throw .malformed("typeMeta field \(number) has wire type \(wireType.rawValue), expected 2")
            }
            let text = String(decoding: try reader.readLengthDelimited(), as: UTF8.self)
            if number == 1 { apiVersion = text } else { kind = text }
        }
        return (apiVersion, kind)
    }
}
