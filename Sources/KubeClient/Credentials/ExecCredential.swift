import Foundation

/// The `client.authentication.k8s.io` ExecCredential exchanged with a credential plugin: the
/// request passed in `KUBERNETES_EXEC_INFO`, and the response the plugin prints on standard
/// output. Versions v1 and v1beta1 share this shape.
enum ExecCredential {
    /// v1alpha1 was removed from client-go in Kubernetes 1.24.
    static let supportedAPIVersions = ["client.authentication.k8s.io/v1", "client.authentication.k8s.io/v1beta1"]

    /// The cluster described to a plugin whose configuration sets `provideClusterInfo`.
    struct Cluster: Sendable, Equatable {
        var server: String
        var certificateAuthorityData: Data?
        var insecureSkipTLSVerify = false
        var tlsServerName: String?
        var proxyURL: String?
    }

    /// What the plugin returned.
    struct Status: Sendable, Equatable {
        var token: String?
        var clientCertificatePEM: Data?
        var clientKeyPEM: Data?
        /// nil: valid until the server rejects it.
        var expiration: Date?
    }

    struct InvalidOutput: Error {
        var problem: String
    }

    /// The JSON for `KUBERNETES_EXEC_INFO`. `spec.interactive` is always false: Baton never
    /// connects a plugin to a terminal.
    static func request(apiVersion: String, cluster: Cluster?) -> String {
        let request = Request(
            apiVersion: apiVersion,
            spec: .init(
                cluster: cluster.map { cluster in
                    .init(
                        server: cluster.server, tlsServerName: cluster.tlsServerName,
                        // Go omits false and empty values (`omitempty`); so do we.
                        insecureSkipTLSVerify: cluster.insecureSkipTLSVerify ? true : nil,
                        certificateAuthorityData: cluster.certificateAuthorityData, proxyURL: cluster.proxyURL)
                },
                interactive: false))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding these plain structs cannot fail.
        let data = (try? encoder.encode(request)) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    /// Decodes and checks a plugin's output as client-go does: the same API version as
    /// configured, a status with a token or a certificate and key (both or neither), and an
    /// RFC 3339 expiry if any.
    static func decodeResponse(_ output: Data, apiVersion: String) throws(InvalidOutput) -> Status {
        guard !output.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) else {
            throw InvalidOutput(problem: "it printed nothing on standard output")
        }
        let response: Response
        do {
            response = try JSONDecoder().decode(Response.self, from: output)
        } catch {
            // Output is not echoed: a misbehaving plugin may print a secret.
            throw InvalidOutput(problem: describe(error, byteCount: output.count))
        }
        guard let returnedVersion = response.apiVersion, !returnedVersion.isEmpty else {
            throw InvalidOutput(problem: "apiVersion is missing; expected \(apiVersion)")
        }
        guard returnedVersion == apiVersion else {
            throw InvalidOutput(
                problem: "the kubeconfig's exec.apiVersion is \(apiVersion), but the plugin returned "
                    + "\(returnedVersion); set exec.apiVersion to the version the plugin speaks")
        }
        guard response.kind == "ExecCredential" else {
            let kind = response.kind.map { "\"\($0)\"" } ?? "missing"
            throw InvalidOutput(problem: "kind is \(kind), expected \"ExecCredential\"")
        }
        guard let status = response.status else {
            throw InvalidOutput(problem: "it has no status")
        }
        let token = status.token.flatMap { $0.isEmpty ? nil : $0 }
        let certificate = status.clientCertificateData.flatMap { $0.isEmpty ? nil : Data($0.utf8) }
        let key = status.clientKeyData.flatMap { $0.isEmpty ? nil : Data($0.utf8) }
        guard token != nil || certificate != nil || key != nil else {
            throw InvalidOutput(problem: "status has neither a token nor clientCertificateData and clientKeyData")
        }
        guard (certificate == nil) == (key == nil) else {
            throw InvalidOutput(
                problem: "status has \(certificate == nil ? "clientKeyData" : "clientCertificateData") without "
                    + "\(certificate == nil ? "clientCertificateData" : "clientKeyData")")
        }
        var expiration: Date?
        if let timestamp = status.expirationTimestamp, !timestamp.isEmpty {
            guard let date = parseRFC3339(timestamp) else {
                throw InvalidOutput(
                    problem: "status.expirationTimestamp \"\(timestamp)\" is not an RFC 3339 time "
                        + "such as 2030-01-02T15:04:05Z")
            }
            expiration = date
        }
        return Status(token: token, clientCertificatePEM: certificate, clientKeyPEM: key, expiration: expiration)
    }

    static func parseRFC3339(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }

    private static func describe(_ error: any Error, byteCount: Int) -> String {
        switch error {
        case let DecodingError.typeMismatch(_, context) where !context.codingPath.isEmpty,
            let DecodingError.valueNotFound(_, context) where !context.codingPath.isEmpty:
            return "\(path(context.codingPath)) has the wrong type"
        case DecodingError.typeMismatch:
            return "standard output is not a JSON object"
        default:
            return "standard output (\(byteCount) bytes) is not valid JSON"
        }
    }

    private static func path(_ codingPath: [any CodingKey]) -> String {
        codingPath.map(\.stringValue).joined(separator: ".")
    }

    private struct Request: Encodable {
        var apiVersion: String
        var kind = "ExecCredential"
        var spec: Spec

        struct Spec: Encodable {
            var cluster: ClusterInfo?
            var interactive: Bool
        }

        struct ClusterInfo: Encodable {
            var server: String
            var tlsServerName: String?
            var insecureSkipTLSVerify: Bool?
            /// Encoded as base64, like Go's []byte.
            var certificateAuthorityData: Data?
            var proxyURL: String?

            enum CodingKeys: String, CodingKey {
                case server
                case tlsServerName = "tls-server-name"
                case insecureSkipTLSVerify = "insecure-skip-tls-verify"
                case certificateAuthorityData = "certificate-authority-data"
                case proxyURL = "proxy-url"
            }
        }
    }

    private struct Response: Decodable {
        var apiVersion: String?
        var kind: String?
        var status: ResponseStatus?

        struct ResponseStatus: Decodable {
            var token: String?
            /// PEM text, not base64.
            var clientCertificateData: String?
            var clientKeyData: String?
            var expirationTimestamp: String?
        }
    }
}
