import CCurl
import Foundation

/// One request on the engine thread: its easy handle, the memory libcurl borrows for it, and
/// the response as it arrives through libcurl's callbacks.
///
/// Confined to the engine thread (made there from a `CurlEngine.Submission`, never shared), so
/// it needs no lock. Its owner is the engine loop's table; libcurl's callbacks and
/// `CURLINFO_PRIVATE` carry an unretained pointer to it, valid while it is in that table, i.e.
/// while its easy handle is on the multi handle. `deinit` frees the easy handle, the lists and
/// the error buffer, so each is freed exactly once, after the loop has removed the handle from
/// the multi handle. Strings and certificate blobs are copied by libcurl when set
/// (`CURL_BLOB_COPY`, `CURLOPT_COPYPOSTFIELDS`), so nothing else needs to outlive a call.
final class CurlTransfer {
    /// Where the result goes.
    enum Sink: Sendable {
        /// `send`: the whole response when the transfer is done.
        case response(CheckedContinuation<HTTPResponse, any Error>)
        /// `stream`: the status and headers once they are complete, then the body chunk by chunk.
        case stream(head: CheckedContinuation<ResponseHead, any Error>, body: StreamBodyBuffer)

        /// Fails a transfer that never started.
        func fail(_ error: any Error) {
            switch self {
            case .response(let continuation): continuation.resume(throwing: error)
            case .stream(let head, _): head.resume(throwing: error)
            }
        }
    }

    struct ResponseHead: Sendable {
        var status: Int
        var headers: [(name: String, value: String)]
    }

    let ticket: TransferTicket
    let easy: UnsafeMutableRawPointer
    /// `CURLOPT_ERRORBUFFER`: libcurl writes the failure's message here.
    private let errorBuffer: UnsafeMutablePointer<CChar>
    /// The lists libcurl borrows (it does not copy `curl_slist`s).
    private var requestHeaders: UnsafeMutablePointer<curl_slist>?
    private var connectTo: UnsafeMutablePointer<curl_slist>?

    /// nil once the result was delivered.
    private var sink: Sink?
    private var status = 0
    private var headers: [(name: String, value: String)] = []
    /// The final (non-1xx) header block has ended; later header lines are trailers.
    private var headersComplete = false
    private var headDelivered = false
    private var body = Data()
    /// The write callback returned `CURL_WRITEFUNC_PAUSE` because the stream buffer was full.
    private(set) var isPaused = false

    init(_ submission: CurlEngine.Submission) throws(TransportError) {
        guard let easy = curl_easy_init() else {
            throw TransportError(kind: .other, message: "curl_easy_init failed")
        }
        self.easy = easy
        errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE))
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE))
        ticket = submission.ticket
        sink = submission.sink
        // Fully initialized: if configuring throws, deinit frees what was allocated so far.
        try configure(submission.request, submission.settings)
    }

    deinit {
        curl_easy_cleanup(easy)
        curl_slist_free_all(requestHeaders)
        curl_slist_free_all(connectTo)
        errorBuffer.deallocate()
    }

    /// The transfer that `easy` belongs to, through `CURLINFO_PRIVATE`.
    static func owning(_ easy: UnsafeMutableRawPointer) -> CurlTransfer? {
        var pointer: UnsafeMutableRawPointer?
        guard baton_curl_easy_getinfo_pointer(easy, CURLINFO_PRIVATE, &pointer) == CURLE_OK, let pointer else {
            return nil
        }
        return Unmanaged<CurlTransfer>.fromOpaque(pointer).takeUnretainedValue()
    }

    // MARK: Results (engine loop)

    /// Delivers the outcome, once; later calls do nothing. The loop has already removed the
    /// easy handle from the multi handle.
    func finish(_ result: Result<Void, any Error>) {
        guard let sink else { return }
        self.sink = nil
        if status == 0 {
            status = responseCode()
        }
        switch sink {
        case .response(let continuation):
            continuation.resume(with: result.map { HTTPResponse(status: status, headers: headers, body: body) })
        case .stream(let head, let buffer):
            if headDelivered {
                buffer.finish(throwing: result.failure)
            } else {
                // Failed before the headers ended, or a response whose headers and (empty) body
                // completed in one go.
                headDelivered = true
                head.resume(with: result.map { ResponseHead(status: status, headers: headers) })
                if case .success = result { buffer.finish(throwing: nil) }
            }
        }
    }

    /// The error for a failed `CURLcode`, with libcurl's message for this transfer.
    func error(for code: CURLcode) -> TransportError {
        let buffered = String(cString: errorBuffer).trimmingCharacters(in: .whitespacesAndNewlines)
        let message = buffered.isEmpty ? String(cString: curl_easy_strerror(code)) : buffered
        var osErrno = 0
        _ = baton_curl_easy_getinfo_long(easy, CURLINFO_OS_ERRNO, &osErrno)
        return TransportError(code: code, message: message, osErrno: osErrno)
    }

    /// Continues a transfer paused by a full stream buffer, which the consumer has drained.
    /// libcurl may call the write callback from inside `curl_easy_pause` with the data it held.
    func unpause() {
        guard isPaused else { return }
        isPaused = false
        _ = curl_easy_pause(easy, CURLPAUSE_CONT)
    }

    private func responseCode() -> Int {
        var code = 0
        _ = baton_curl_easy_getinfo_long(easy, CURLINFO_RESPONSE_CODE, &code)
        return code
    }

    // MARK: Callbacks (inside curl_multi_perform)

    private func receiveBody(_ bytes: UnsafeRawBufferPointer) -> Int {
        guard let sink, !bytes.isEmpty else { return bytes.count }
        switch sink {
        case .response:
            body.append(contentsOf: bytes)
        case .stream(_, let buffer):
            deliverHead()
            if !buffer.offer(Data(bytes)) {
                // libcurl keeps these bytes and offers them again after curl_easy_pause.
                isPaused = true
                return Int(CURL_WRITEFUNC_PAUSE)
            }
        }
        return bytes.count
    }

    /// One header line, CRLF included. libcurl passes the status line and headers of every
    /// response it reads (interim 1xx ones too), the blank line ending each block, and trailers.
    private func receiveHeaderLine(_ line: UnsafeRawBufferPointer) -> Int {
        guard !headersComplete else { return line.count }  // trailers: not part of the API
        var end = line.count
        while end > 0, line[end - 1] == UInt8(ascii: "\n") || line[end - 1] == UInt8(ascii: "\r") {
            end -= 1
        }
        let content = UnsafeRawBufferPointer(rebasing: line[0..<end])
        if content.isEmpty {
            // End of a header block. An interim response (100 Continue, 103 Early Hints) is
            // followed by the real one.
            if (100..<200).contains(status) {
                status = 0
                headers.removeAll()
            } else {
                headersComplete = true
                deliverHead()
            }
        } else if content.starts(with: "HTTP/".utf8) {
            status = Self.parseStatus(content) ?? responseCode()
            headers.removeAll()
        } else if content[0] == UInt8(ascii: " ") || content[0] == UInt8(ascii: "\t") {
            // An obsolete folded continuation line (RFC 9112 §5.2): part of the previous value.
            if !headers.isEmpty {
                let more = Self.text(content).trimmingCharacters(in: .whitespaces)
                headers[headers.count - 1].value += " " + more
            }
        } else if let colon = content.firstIndex(of: UInt8(ascii: ":")) {
            let name = Self.text(UnsafeRawBufferPointer(rebasing: content[..<colon]))
            let value = Self.text(UnsafeRawBufferPointer(rebasing: content[(colon + 1)...]))
            headers.append((name: name, value: value.trimmingCharacters(in: .whitespaces)))
        }
        return line.count
    }

    private func deliverHead() {
        guard !headDelivered, case .stream(let head, _)? = sink else { return }
        headDelivered = true
        if status == 0 {
            status = responseCode()
        }
        head.resume(returning: ResponseHead(status: status, headers: headers))
    }

    /// The code of a status line such as "HTTP/1.1 200 OK" or "HTTP/2 404".
    private static func parseStatus(_ line: UnsafeRawBufferPointer) -> Int? {
        guard let space = line.firstIndex(of: UInt8(ascii: " ")) else { return nil }
        let digits = line[(space + 1)...].prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        guard digits.count == 3 else { return nil }
        return digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }

    /// Header bytes as text: UTF-8 where valid (RFC 9110 only promises ASCII; invalid bytes
    /// become U+FFFD rather than failing the response).
    private static func text(_ bytes: UnsafeRawBufferPointer) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}

// MARK: - Configuration

extension CurlTransfer {
    private func configure(_ request: HTTPRequest, _ settings: CurlTransport.Settings) throws(TransportError) {
        let context = Unmanaged.passUnretained(self).toOpaque()
        try set(CURLOPT_ERRORBUFFER, pointer: UnsafeMutableRawPointer(errorBuffer))
        try set(CURLOPT_PRIVATE, pointer: context)
        // libcurl must not use signals (SIGALRM for DNS timeouts) in a multithreaded process.
        try set(CURLOPT_NOSIGNAL, 1)

        let target = try CurlTarget(url: request.url, serverName: settings.tls.serverName)
        try set(CURLOPT_URL, target.url)
        try set(CURLOPT_PROTOCOLS_STR, "http,https")
        if let mapping = target.connectTo {
            connectTo = try Self.append(mapping, to: connectTo)
            try set(CURLOPT_CONNECT_TO, list: connectTo)
        }

        try configureMethodAndBody(request)
        try configureHeaders(request, hostHeader: target.hostHeader)

        try set(CURLOPT_USERAGENT, settings.userAgent)
        // HTTP/2 over TLS when the server offers it through ALPN, HTTP/1.1 otherwise. PIPEWAIT
        // lets concurrent requests wait for a connection that may multiplex them instead of
        // each opening their own.
        try set(CURLOPT_HTTP_VERSION, Int(CURL_HTTP_VERSION_2TLS))
        try set(CURLOPT_PIPEWAIT, 1)
        // "" advertises every encoding this libcurl decodes (gzip, deflate, br, zstd) and has it
        // decode them: bodies are delivered decoded, while the Content-Encoding and
        // Content-Length headers still describe the bytes on the wire.
        try set(CURLOPT_ACCEPT_ENCODING, "")
        // The proxy's "200 Connection established" is not the server's response.
        try set(CURLOPT_SUPPRESS_CONNECT_HEADERS, 1)

        try set(CURLOPT_CONNECTTIMEOUT_MS, Self.milliseconds(settings.connectTimeout))
        if let timeout = request.timeout {
            try set(CURLOPT_TIMEOUT_MS, Self.milliseconds(timeout))
        }
        // Keepalive probes find a dead peer under a long, quiet watch (client-go's dialer also
        // uses 30 seconds).
        try set(CURLOPT_TCP_KEEPALIVE, 1)
        try set(CURLOPT_TCP_KEEPIDLE, 30)
        try set(CURLOPT_TCP_KEEPINTVL, 30)

        try configureTLS(settings.tls, request: request)
        if let proxy = settings.proxyURL {
            try set(CURLOPT_PROXY, proxy)
        }

        try set(CURLOPT_HEADERDATA, pointer: context)
        try check(
            baton_curl_easy_setopt_data_callback(easy, CURLOPT_HEADERFUNCTION) { buffer, size, count, context in
                guard let buffer, let context else { return 0 }
                let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue()
                return transfer.receiveHeaderLine(UnsafeRawBufferPointer(start: buffer, count: size * count))
            }, CURLOPT_HEADERFUNCTION)
        try set(CURLOPT_WRITEDATA, pointer: context)
        try check(
            baton_curl_easy_setopt_data_callback(easy, CURLOPT_WRITEFUNCTION) { buffer, size, count, context in
                guard let buffer, let context else { return 0 }
                let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue()
                return transfer.receiveBody(UnsafeRawBufferPointer(start: buffer, count: size * count))
            }, CURLOPT_WRITEFUNCTION)
    }

    private func configureMethodAndBody(_ request: HTTPRequest) throws(TransportError) {
        let method = request.method
        guard HTTPToken.isValid(method) else {
            throw TransportError(kind: .invalidRequest, message: "invalid HTTP method \"\(method)\"")
        }
        switch method {
        case "GET" where request.body == nil:
            try set(CURLOPT_HTTPGET, 1)
        case "HEAD":
            guard request.body == nil else {
                throw TransportError(kind: .invalidRequest, message: "a HEAD request cannot carry a body")
            }
            try set(CURLOPT_NOBODY, 1)
        default:
            // A POST always sends its (possibly empty) body from memory; without one libcurl
            // would read the body from standard input.
            if let body = request.body ?? (method == "POST" ? Data() : nil) {
                try set(CURLOPT_POSTFIELDSIZE_LARGE, offset: curl_off_t(body.count))
                let code = body.withUnsafeBytes { bytes in
                    bytes.baseAddress.map {
                        baton_curl_easy_setopt_pointer(easy, CURLOPT_COPYPOSTFIELDS, UnsafeMutableRawPointer(mutating: $0))
                    } ?? baton_curl_easy_setopt_string(easy, CURLOPT_COPYPOSTFIELDS, "")
                }
                try check(code, CURLOPT_COPYPOSTFIELDS)
            }
            if method != "POST" {
                try set(CURLOPT_CUSTOMREQUEST, method)
            }
        }
    }

    private func configureHeaders(_ request: HTTPRequest, hostHeader: String?) throws(TransportError) {
        func has(_ name: String) -> Bool {
            request.headers.contains { $0.name.caseInsensitiveCompare(name) == .orderedSame }
        }
        for (name, value) in request.headers {
            guard HTTPToken.isValid(name) else {
                throw TransportError(kind: .invalidRequest, message: "invalid HTTP header name \"\(name)\"")
            }
            guard !value.utf8.contains(where: { $0 == 0x0D || $0 == 0x0A || $0 == 0 }) else {
                throw TransportError(kind: .invalidRequest, message: "the value of HTTP header \(name) contains a line break")
            }
            // "Name:" would tell libcurl to drop a header; "Name;" sends it with an empty value.
            requestHeaders = try Self.append(value.isEmpty ? "\(name);" : "\(name): \(value)", to: requestHeaders)
        }
        // libcurl sends "Expect: 100-continue" before bodies over 1 MB and then waits up to a
        // second for the go-ahead; the API server does not need it, so skip the round trip.
        if !has("Expect") {
            requestHeaders = try Self.append("Expect:", to: requestHeaders)
        }
        // Bodies from memory get libcurl's default Content-Type (a form); send none instead of
        // a wrong one when the caller set none.
        if request.body != nil || request.method == "POST", !has("Content-Type") {
            requestHeaders = try Self.append("Content-Type:", to: requestHeaders)
        }
        if let hostHeader, !has("Host") {
            requestHeaders = try Self.append("Host: \(hostHeader)", to: requestHeaders)
        }
        try set(CURLOPT_HTTPHEADER, list: requestHeaders)
    }

    private func configureTLS(_ tls: TLSSettings, request: HTTPRequest) throws(TransportError) {
        if let authority = tls.certificateAuthorityPEM {
            try set(CURLOPT_CAINFO_BLOB, pem: authority, what: "certificate authority")
            // Trust only the configured authorities, as client-go does: without this, the CA
            // directory compiled into libcurl (Debian: /etc/ssl/certs) would still be trusted.
            try set(CURLOPT_CAPATH, nil)
        }
        // A per-request certificate (from an exec plugin) replaces the configured pair whole.
        let (certificate, key) =
            request.clientCertificatePEM != nil && request.clientKeyPEM != nil
            ? (request.clientCertificatePEM, request.clientKeyPEM)
            : (tls.clientCertificatePEM, tls.clientKeyPEM)
        if let certificate {
            try set(CURLOPT_SSLCERT_BLOB, pem: certificate, what: "client certificate")
            try set(CURLOPT_SSLCERTTYPE, "PEM")
        }
        if let key {
            try set(CURLOPT_SSLKEY_BLOB, pem: key, what: "client key")
            try set(CURLOPT_SSLKEYTYPE, "PEM")
        }
        if tls.insecureSkipVerify {
            try set(CURLOPT_SSL_VERIFYPEER, 0)
            try set(CURLOPT_SSL_VERIFYHOST, 0)
        }
    }

    // MARK: Option helpers

    private func set(_ option: CURLoption, _ value: Int) throws(TransportError) {
        try check(baton_curl_easy_setopt_long(easy, option, value), option)
    }

    /// libcurl copies the string (or clears the option for nil).
    private func set(_ option: CURLoption, _ value: String?) throws(TransportError) {
        try check(baton_curl_easy_setopt_string(easy, option, value), option)
    }

    private func set(_ option: CURLoption, offset: curl_off_t) throws(TransportError) {
        try check(baton_curl_easy_setopt_off_t(easy, option, offset), option)
    }

    private func set(_ option: CURLoption, pointer: UnsafeMutableRawPointer?) throws(TransportError) {
        try check(baton_curl_easy_setopt_pointer(easy, option, pointer), option)
    }

    private func set(_ option: CURLoption, list: UnsafeMutablePointer<curl_slist>?) throws(TransportError) {
        try check(baton_curl_easy_setopt_slist(easy, option, list), option)
    }

    /// PEM bytes, copied by libcurl.
    private func set(_ option: CURLoption, pem: Data, what: String) throws(TransportError) {
        guard !pem.isEmpty else {
            throw TransportError(kind: .tlsFailed, message: "the \(what) PEM is empty")
        }
        let code = pem.withUnsafeBytes { bytes in
            var blob = curl_blob(
                data: UnsafeMutableRawPointer(mutating: bytes.baseAddress), len: bytes.count,
                flags: UInt32(CURL_BLOB_COPY))
            return baton_curl_easy_setopt_blob(easy, option, &blob)
        }
        try check(code, option)
    }

    private func check(_ code: CURLcode, _ option: CURLoption) throws(TransportError) {
        guard code == CURLE_OK else {
            throw TransportError(
                kind: .other, curlCode: Int(code.rawValue),
                message: "libcurl rejected option \(option.rawValue): \(String(cString: curl_easy_strerror(code)))")
        }
    }

    /// Appends to a list, which libcurl borrows until the handle is cleaned up.
    private static func append(_ line: String, to list: UnsafeMutablePointer<curl_slist>?) throws(TransportError)
        -> UnsafeMutablePointer<curl_slist>?
    {
        guard let extended = curl_slist_append(list, line) else {
            throw TransportError(kind: .other, message: "curl_slist_append failed (out of memory)")
        }
        return extended
    }

    /// Whole milliseconds for libcurl, at least 1 (0 would mean "no timeout").
    private static func milliseconds(_ duration: Duration) -> Int {
        let (seconds, attoseconds) = duration.components
        guard seconds < Int64(Int.max / 1000) - 1 else { return Int.max / 1000 }
        return max(1, Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000))
    }
}

extension Result {
    fileprivate var failure: Failure? {
        if case .failure(let error) = self { error } else { nil }
    }
}
