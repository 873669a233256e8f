import CCurl
import Foundation

/// A request that failed below HTTP: it never got a complete response. Carries libcurl's own
/// message (its error buffer, which names the host, port and OS error) and result code.
public struct TransportError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The request cannot be sent as given: a malformed URL, an unsupported scheme, a header
        /// with a line break. Nothing went on the wire.
        case invalidRequest
        /// The server's host name did not resolve.
        case resolveFailed
        /// Nothing listens on the server's port.
        case connectionRefused
        /// The connection could not be established for another reason (unreachable network, ...).
        case connectFailed
        /// The connect timeout or the request's timeout elapsed.
        case timedOut
        /// The server's certificate was not trusted or did not match the server's name.
        case tlsVerificationFailed
        /// Another TLS failure: the handshake failed, the server rejected (or required) the
        /// client certificate, or the configured certificate or key could not be used.
        case tlsFailed
        /// The connection broke while the request or response was in flight (reset, closed
        /// before the end of the body, an HTTP/2 stream error).
        case connectionLost
        /// The response was not valid HTTP, or its body could not be decoded.
        case protocolError
        /// The proxy could not be resolved, reached, or refused to tunnel.
        case proxyFailed
        /// The transport was shut down before the request completed.
        case shutDown
        /// Anything else libcurl reports (out of memory, an option this libcurl lacks).
        case other
    }

    public let kind: Kind
    /// libcurl's `CURLcode`; 0 for failures detected before libcurl was involved.
    public let curlCode: Int
    /// libcurl's message for this transfer, e.g. "Failed to connect to 127.0.0.1 port 1 after
    /// 0 ms: Couldn't connect to server".
    public let message: String

    public init(kind: Kind, curlCode: Int = 0, message: String) {
        self.kind = kind
        self.curlCode = curlCode
        self.message = message
    }

    /// Whether the same request may succeed when tried again: the failure is about reaching the
    /// server, not about the request or the TLS setup. Whether a retry is *safe* depends on the
    /// verb (a lost connection may have delivered a POST), which is the caller's decision.
    public var isRetriable: Bool {
        switch kind {
        case .resolveFailed, .connectionRefused, .connectFailed, .timedOut, .connectionLost, .proxyFailed:
            true
        case .invalidRequest, .tlsVerificationFailed, .tlsFailed, .protocolError, .shutDown, .other:
            false
        }
    }

    public var description: String {
        curlCode == 0 ? message : "\(message) (curl error \(curlCode))"
    }

    /// Classifies a failed transfer. `osErrno` is `CURLINFO_OS_ERRNO`, which separates a refused
    /// connection from other connect failures that share `CURLE_COULDNT_CONNECT`.
    init(code: CURLcode, message: String, osErrno: Int) {
        let kind: Kind
        switch code {
        case CURLE_UNSUPPORTED_PROTOCOL, CURLE_URL_MALFORMAT:
            kind = .invalidRequest
        case CURLE_COULDNT_RESOLVE_HOST:
            kind = .resolveFailed
        case CURLE_COULDNT_RESOLVE_PROXY, CURLE_PROXY:
            kind = .proxyFailed
        case CURLE_COULDNT_CONNECT:
            kind = osErrno == Int(ECONNREFUSED) ? .connectionRefused : .connectFailed
        case CURLE_OPERATION_TIMEDOUT:
            kind = .timedOut
        case CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_PINNEDPUBKEYNOTMATCH, CURLE_SSL_INVALIDCERTSTATUS:
            kind = .tlsVerificationFailed
        case CURLE_SSL_CONNECT_ERROR, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER, CURLE_SSL_CACERT_BADFILE,
            CURLE_SSL_ENGINE_NOTFOUND, CURLE_SSL_ENGINE_SETFAILED, CURLE_SSL_ENGINE_INITFAILED,
            CURLE_USE_SSL_FAILED, CURLE_SSL_SHUTDOWN_FAILED, CURLE_SSL_CRL_BADFILE, CURLE_SSL_ISSUER_ERROR,
            CURLE_SSL_CLIENTCERT:
            kind = .tlsFailed
        case CURLE_RECV_ERROR where Self.isTLSAlert(message):
            // With TLS 1.3 the server checks the client certificate after the client considers
            // the handshake done, so a rejection arrives as an alert on the first read.
            kind = .tlsFailed
        case CURLE_SEND_ERROR, CURLE_RECV_ERROR, CURLE_GOT_NOTHING, CURLE_PARTIAL_FILE, CURLE_HTTP2,
            CURLE_HTTP2_STREAM:
            kind = .connectionLost
        case CURLE_WEIRD_SERVER_REPLY, CURLE_BAD_CONTENT_ENCODING, CURLE_HTTP3, CURLE_QUIC_CONNECT_ERROR:
            kind = .protocolError
        default:
            kind = .other
        }
        self.init(kind: kind, curlCode: Int(code.rawValue), message: message)
    }

    /// OpenSSL reports a received alert as "... SSL routines::tlsv13 alert certificate required"
    /// (or "sslv3 alert ..."), which libcurl copies into its message.
    private static func isTLSAlert(_ message: String) -> Bool {
        message.contains(" alert ") && message.contains("SSL")
    }
}
