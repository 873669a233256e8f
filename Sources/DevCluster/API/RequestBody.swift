import KubeCore
import YAML

/// Request bodies decoded as kube-apiserver decodes them: JSON (or YAML when the content type
/// says so; protobuf, as kubectl's typed `create` commands send, for the kinds
/// KubernetesProtobufSchemas covers), always an object, errors worded "<Kind> in version … cannot
/// be handled as a …".
enum RequestBody {
    static func object(_ request: APIRequest, type: ResourceType) throws(APIError) -> JSONValue {
        let media = mediaType(request.contentType)
        // Custom resources have no protobuf encoding, on kube-apiserver too.
        let protobuf = media == KubernetesProtobufEnvelope.mediaType && !type.isCustom
        guard protobuf || ["", "application/json", "application/yaml", "*/*"].contains(media) else {
            let accepted = type.isCustom ? "" : ", \(KubernetesProtobufEnvelope.mediaType)"
            throw unsupported(media, accepted: "application/json, application/yaml" + accepted)
        }
        guard !request.body.isEmpty else {
            throw .badRequest("\(type.kind) in version \"\(type.version)\" cannot be handled as a \(type.kind): the body of the request is empty")
        }
        if protobuf {
            return try protobufObject(request.body, type: type)
        }
        let value: JSONValue
        do {
            value = try parse(request.body, yaml: media == "application/yaml", strict: request.query["fieldValidation"] == "Strict")
        } catch {
            throw .badRequest("\(type.kind) in version \"\(type.version)\" cannot be handled as a \(type.kind): \(error.message)")
        }
        guard value.objectValue != nil else {
            throw .badRequest("\(type.kind) in version \"\(type.version)\" cannot be handled as a \(type.kind): the body must be a JSON object, not \(value.typeName)")
        }
        return value
    }

    /// A protobuf body as the JSON object it encodes. Only the schema-table kinds are understood;
    /// for the rest the client is pointed at JSON and YAML, which cover every kind.
    private static func protobufObject(_ body: [UInt8], type: ResourceType) throws(APIError) -> JSONValue {
        do {
            return try KubernetesProtobufEnvelope(body).object()
        } catch .unsupportedKind(let apiVersion, let kind) {
            throw APIError(Status(
                status: Status.failure,
                message: "DevCluster cannot decode a protobuf \(kind) (\(apiVersion)): protobuf request bodies are only understood for "
                    + KubernetesProtobufSchemas.supportedKinds.joined(separator: ", ")
                    + "; send JSON or YAML instead, for example with kubectl apply -f",
                reason: .unsupportedMediaType, details: StatusDetails(), code: 415))
        } catch {
            throw .badRequest("\(type.kind) in version \"\(type.version)\" cannot be handled as a \(type.kind): protobuf: \(error)")
        }
    }

    static func patch(_ request: APIRequest, kind: PatchKind) throws(APIError) -> JSONValue {
        guard !request.body.isEmpty else { throw .badRequest("the body of the request is empty") }
        do {
            return try parse(request.body, yaml: kind == .apply, strict: false)
        } catch {
            throw .badRequest("error decoding patch: \(error.message)")
        }
    }

    struct DecodeError: Error {
        var message: String
    }

    static func parse(_ bytes: [UInt8], yaml: Bool, strict: Bool) throws(DecodeError) -> JSONValue {
        if yaml {
            do { return try YAML.parse(bytes) } catch { throw DecodeError(message: "yaml: \(error.description)") }
        }
        do {
            return try JSONParser(duplicateKeys: strict ? .reject : .lastWins).parse(bytes)
        } catch {
            throw DecodeError(message: strict && error.message.contains("duplicate") ? "strict decoding error: \(error.message)" : "json: \(error.description)")
        }
    }

    /// The media type without parameters, lower-cased.
    static func mediaType(_ header: String) -> String {
        String(header.split(separator: ";").first ?? "").trimmingCharacters(in: .whitespaces).lowercased()
    }

    static func unsupported(_ media: String, accepted: String) -> APIError {
        APIError(Status(
            status: Status.failure,
            message: "the body of the request was in an unknown format - accepted media types include: \(accepted)",
            reason: .unsupportedMediaType, details: StatusDetails(), code: 415))
    }
}

/// The patch formats, by content type.
enum PatchKind: Equatable {
    case json
    case merge
    case strategic
    case apply

    init?(contentType: String) {
        switch RequestBody.mediaType(contentType) {
        case "application/json-patch+json": self = .json
        case "application/merge-patch+json": self = .merge
        case "application/strategic-merge-patch+json": self = .strategic
        case "application/apply-patch+yaml", "application/apply-patch+json": self = .apply
        default: return nil
        }
    }
}
