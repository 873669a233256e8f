/// How the kubelet decides that a model server can take traffic: an HTTP GET on a health path,
/// or, for servers Baton knows nothing about, an open TCP port. Both target the container's
/// `http` port, so the check follows the port wherever the runtime puts it.
///
/// Written in the configuration file in the shape of a Kubernetes probe:
/// `readiness: {httpGet: {path: /v2/health/ready}}` or `readiness: {tcpSocket: {}}`.
public enum ReadinessCheck: Sendable, Hashable {
    /// `path` may hold `{{model}}`, replaced by the Model's name (TF Serving's `/v1/models/<name>`).
    case httpGet(path: String)
    case tcpSocket
}

extension ReadinessCheck: Codable {
    private enum CodingKeys: String, CodingKey, CaseIterable {
        case httpGet, tcpSocket
    }

    private struct HTTPGet: Codable {
        var path: String

        init(path: String) {
            self.path = path
        }

        init(from decoder: any Decoder) throws {
            try decoder.rejectUnknownKeys(allowed: ["path"])
            let container = try decoder.container(keyedBy: CodingKeys.self)
            path = try container.decode(String.self, forKey: .path)
            guard path.hasPrefix("/") else {
                throw DecodingError.dataCorruptedError(
                    forKey: .path, in: container, debugDescription: "expected an absolute path such as /ping, found \"\(path)\"")
            }
        }

        private enum CodingKeys: String, CodingKey {
            case path
        }
    }

    /// `tcpSocket: {}` has no fields of its own: the port is always `http`.
    private struct TCPSocket: Codable {
        init() {}

        init(from decoder: any Decoder) throws {
            try decoder.rejectUnknownKeys(allowed: [])
        }
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(allowed: CodingKeys.allCases.map(\.rawValue))
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let httpGet = try container.decodeIfPresent(HTTPGet.self, forKey: .httpGet)
        let tcpSocket = try container.decodeIfPresent(TCPSocket.self, forKey: .tcpSocket)
        switch (httpGet, tcpSocket) {
        case let (httpGet?, nil): self = .httpGet(path: httpGet.path)
        case (nil, _?): self = .tcpSocket
        default:
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath,
                      debugDescription: "expected exactly one of httpGet: {path: ...} and tcpSocket: {}"))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case let .httpGet(path): try container.encode(HTTPGet(path: path), forKey: .httpGet)
        case .tcpSocket: try container.encode(TCPSocket(), forKey: .tcpSocket)
        }
    }
}
