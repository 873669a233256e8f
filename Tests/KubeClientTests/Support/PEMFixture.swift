import Foundation

/// PEM-shaped fixtures: the loader checks for a PEM block and passes the bytes on; parsing the
/// certificates is the TLS layer's job.
enum PEMFixture {
    static let certificateAuthority = "-----BEGIN CERTIFICATE-----\nQ0EgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n"
    static let clientCertificate = "-----BEGIN CERTIFICATE-----\nY2xpZW50IGNlcnQ=\n-----END CERTIFICATE-----\n"
    static let clientKey = "-----BEGIN PRIVATE KEY-----\nY2xpZW50IGtleQ==\n-----END PRIVATE KEY-----\n"

    static func base64(_ pem: String) -> String { Data(pem.utf8).base64EncodedString() }
}
