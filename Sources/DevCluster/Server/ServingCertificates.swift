import Crypto
import Foundation
import SwiftASN1
import X509

/// The PKI a dev cluster makes at start: a certificate authority (its certificate goes into the
/// kubeconfig as `certificate-authority-data`) and a serving certificate for 127.0.0.1,
/// ::1 and localhost signed by it. client-go only sends a bearer token over TLS, so the dev
/// cluster serves HTTPS like a real one.
public struct ServingCertificates: Sendable {
    public let authorityPEM: String
    public let certificatePEM: String
    public let privateKeyPEM: String

    public init(validFor lifetime: TimeInterval = 365 * 86400) throws {
        let now = Date()
        let authorityKey = P256.Signing.PrivateKey()
        let authorityName = try DistinguishedName {
            CommonName("baton-dev-ca@\(Int(now.timeIntervalSince1970))")
        }
        let authority = try Certificate(
            version: .v3, serialNumber: Certificate.SerialNumber(),
            publicKey: Certificate.PublicKey(authorityKey.publicKey),
            notValidBefore: now - 3600, notValidAfter: now + lifetime,
            issuer: authorityName, subject: authorityName, signatureAlgorithm: .ecdsaWithSHA256,
            extensions: try Certificate.Extensions {
                Critical(BasicConstraints.isCertificateAuthority(maxPathLength: 0))
                Critical(KeyUsage(keyCertSign: true, cRLSign: true))
                SubjectKeyIdentifier(hash: Certificate.PublicKey(authorityKey.publicKey))
            },
            issuerPrivateKey: Certificate.PrivateKey(authorityKey))
        let key = P256.Signing.PrivateKey()
        let publicKey = Certificate.PublicKey(key.publicKey)
        let serving = try Certificate(
            version: .v3, serialNumber: Certificate.SerialNumber(), publicKey: publicKey,
            notValidBefore: now - 3600, notValidAfter: now + lifetime,
            issuer: authorityName, subject: try DistinguishedName { CommonName("baton-dev-apiserver") },
            signatureAlgorithm: .ecdsaWithSHA256,
            extensions: try Certificate.Extensions {
                Critical(BasicConstraints.notCertificateAuthority)
                Critical(KeyUsage(digitalSignature: true))
                try ExtendedKeyUsage([.serverAuth])
                SubjectKeyIdentifier(hash: publicKey)
                AuthorityKeyIdentifier(keyIdentifier: SubjectKeyIdentifier(hash: authority.publicKey).keyIdentifier)
                SubjectAlternativeNames([
                    .dnsName("localhost"),
                    .ipAddress(ASN1OctetString(contentBytes: [127, 0, 0, 1])),
                    .ipAddress(ASN1OctetString(contentBytes: ArraySlice([UInt8](repeating: 0, count: 15) + [1]))),
                ])
            },
            issuerPrivateKey: Certificate.PrivateKey(authorityKey))
        authorityPEM = try authority.serializeAsPEM().pemString
        certificatePEM = try serving.serializeAsPEM().pemString
        privateKeyPEM = key.pemRepresentation
    }
}
