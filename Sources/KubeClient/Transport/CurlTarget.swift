import Foundation

/// Where libcurl sends one request: the URL it is given and, when the TLS server name differs
/// from the URL's host, the connection mapping and `Host` header that go with it.
///
/// libcurl 7.88 has no option for a TLS server name apart from the URL: it sends SNI for, and
/// verifies the certificate against, the URL's host. So for `tls-server-name` the URL is
/// rewritten to carry the server name, and `CURLOPT_CONNECT_TO` ("name:port:host:port") makes
/// libcurl open the socket to the real host and port. CONNECT_TO changes only where the socket
/// goes, never the name used for SNI and verification, and unlike `CURLOPT_RESOLVE` it also
/// works when the real host is a DNS name rather than an address. The `Host` header keeps the
/// URL's authority, as client-go does (Go's `tls.Config.ServerName` touches only TLS).
struct CurlTarget {
    var url: String
    /// A `CURLOPT_CONNECT_TO` entry.
    var connectTo: String?
    /// The `Host` header to send instead of the rewritten URL's.
    var hostHeader: String?

    init(url: URL, serverName: String?) throws(TransportError) {
        guard let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https" else {
            throw TransportError(kind: .invalidRequest, message: "unsupported URL \(url.absoluteString): only http and https")
        }
        guard var components = URLComponents(url: url, resolvingAgainstBaseURL: false),
            let host = components.percentEncodedHost, !host.isEmpty
        else {
            throw TransportError(kind: .invalidRequest, message: "URL \(url.absoluteString) has no host")
        }
        guard scheme == "https", let serverName, !serverName.isEmpty,
            serverName.lowercased() != host.lowercased()
        else {
            self.url = url.absoluteString
            return
        }
        guard serverName.utf8.allSatisfy(Self.isHostNameCharacter) else {
            throw TransportError(kind: .invalidRequest, message: "invalid TLS server name \"\(serverName)\"")
        }
        // An IPv6 literal keeps its brackets in URLComponents; CONNECT_TO needs them too.
        let connectHost = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        let port = components.port ?? 443
        components.host = serverName
        guard let rewritten = components.string else {
            throw TransportError(kind: .invalidRequest, message: "cannot address \(url.absoluteString) as \(serverName)")
        }
        self.url = rewritten
        connectTo = "\(serverName):\(port):\(connectHost):\(port)"
        hostHeader = components.port.map { "\(connectHost):\($0)" } ?? connectHost
    }

    private static func isHostNameCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "-"), UInt8(ascii: "."):
            true
        default:
            false
        }
    }
}
