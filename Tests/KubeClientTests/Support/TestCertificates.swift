import Crypto
import Foundation
import X509

/// A throwaway PKI made at test time: a certificate authority, a server certificate and a
/// client certificate signed by it, all with P-256 keys, as PEM text.
struct TestCertificates: Sendable {
    /// A certificate and its private key (PKCS #8), as PEM.
    struct Identity: Sendable {
        let certificatePEM: String
        let privateKeyPEM: String

        var certificateData: Data { Data(certificatePEM.utf8) }
        var privateKeyData: Data { Data(privateKeyPEM.utf8) }
    }

    let authority: Identity
    /// For `serverDNSNames` and `serverIPAddresses`, with the serverAuth usage.
    let server: Identity
    /// Subject "CN=<clientCommonName>", with the clientAuth usage.
    let client: Identity

    var authorityPEM: Data { authority.certificateData }

    /// - Parameters:
    ///   - serverIPAddresses: IPv4 or IPv6 addresses as their 4 or 16 bytes.
    init(
        serverDNSNames: [String] = ["localhost"], serverIPAddresses: [[UInt8]] = [[127, 0, 0, 1]],
        clientCommonName: String = "baton-test-client"
    ) throws {
        let now = Date()
        let authorityKey = P256.Signing.PrivateKey()
        let authorityName = try DistinguishedName { CommonName("Baton Test CA \(UUID().uuidString.prefix(8))") }
        let authorityCertificate = try Certificate(
            version: .v3, serialNumber: Certificate.SerialNumber(),
            publicKey: Certificate.PublicKey(authorityKey.publicKey),
            notValidBefore: now - 3600, notValidAfter: now + 86400,
            issuer: authorityName, subject: authorityName, signatureAlgorithm: .ecdsaWithSHA256,
            extensions: try Certificate.Extensions {
                Critical(BasicConstraints.isCertificateAuthority(maxPathLength: nil))
                Critical(KeyUsage(keyCertSign: true, cRLSign: true))
                SubjectKeyIdentifier(hash: Certificate.PublicKey(authorityKey.publicKey))
            },
            issuerPrivateKey: Certificate.PrivateKey(authorityKey))
        authority = Identity(
            certificatePEM: try authorityCertificate.serializeAsPEM().pemString,
            privateKeyPEM: authorityKey.pemRepresentation)

        func issue(commonName: String, usage: ExtendedKeyUsage.Usage, alternativeNames: Certificate.Extension?)
            throws -> Identity
        {
            let key = P256.Signing.PrivateKey()
            let publicKey = Certificate.PublicKey(key.publicKey)
            let certificate = try Certificate(
                version: .v3, serialNumber: Certificate.SerialNumber(), publicKey: publicKey,
                notValidBefore: now - 3600, notValidAfter: now + 86400,
                issuer: authorityName, subject: try DistinguishedName { CommonName(commonName) },
                signatureAlgorithm: .ecdsaWithSHA256,
                extensions: try Certificate.Extensions {
                    Critical(BasicConstraints.notCertificateAuthority)
                    Critical(KeyUsage(digitalSignature: true))
                    try ExtendedKeyUsage([usage])
                    SubjectKeyIdentifier(hash: publicKey)
                    AuthorityKeyIdentifier(keyIdentifier: SubjectKeyIdentifier(hash: authorityCertificate.publicKey).keyIdentifier)
                    if let alternativeNames { alternativeNames }
                },
                issuerPrivateKey: Certificate.PrivateKey(authorityKey))
            return Identity(certificatePEM: try certificate.serializeAsPEM().pemString, privateKeyPEM: key.pemRepresentation)
        }

        server = try issue(
            commonName: serverDNSNames.first ?? "baton-test-server", usage: .serverAuth,
            alternativeNames: Self.subjectAlternativeNames(dnsNames: serverDNSNames, ipAddresses: serverIPAddresses))
        client = try issue(commonName: clientCommonName, usage: .clientAuth, alternativeNames: nil)
    }

    /// The subjectAltName extension (RFC 5280 §4.2.1.6): a SEQUENCE of dNSName [2] and
    /// iPAddress [7] entries. Encoded here because X509's `GeneralName.ipAddress` takes
    /// SwiftASN1's `ASN1OctetString`, a module the test target does not depend on directly.
    private static func subjectAlternativeNames(dnsNames: [String], ipAddresses: [[UInt8]]) -> Certificate.Extension {
        func length(_ count: Int) -> [UInt8] {
            precondition(count <= 0xFFFF, "test certificate names are short")
            return count < 0x80 ? [UInt8(count)] : count <= 0xFF ? [0x81, UInt8(count)] : [0x82, UInt8(count >> 8), UInt8(count & 0xFF)]
        }
        var names: [UInt8] = []
        for name in dnsNames {
            names += [0x82] + length(name.utf8.count) + Array(name.utf8)
        }
        for address in ipAddresses {
            names += [0x87] + length(address.count) + address
        }
        let value = [0x30] + length(names.count) + names
        return Certificate.Extension(oid: .X509ExtensionID.subjectAlternativeName, critical: false, value: value[...])
    }
}
