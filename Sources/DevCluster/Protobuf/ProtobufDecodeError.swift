/// Why a protobuf request body could not be turned into JSON. Malformed bytes and kinds DevCluster
/// has no schema for are told apart because the API answers them differently (400 and 415).
enum ProtobufDecodeError: Error, Equatable, CustomStringConvertible {
    /// The bytes are not a well-formed Kubernetes protobuf envelope or message.
    case malformed(String)
    /// A well-formed envelope around a kind with no schema table here.
    case unsupportedKind(apiVersion: String, kind: String)

    var description: String {
        switch self {
        case .malformed(let message): return message
        case .unsupportedKind(let apiVersion, let kind): return "no protobuf schema for \(kind) in \(apiVersion.isEmpty ? "an empty apiVersion" : apiVersion)"
        }
    }
}
