import CCurl

/// libcurl's process-wide setup (`curl_global_init`), done once before the first engine is
/// made. It is never undone: `curl_global_cleanup` would have to follow the last use of
/// libcurl anywhere in the process, which a library cannot know.
enum CurlGlobal {
    /// The result of the one `curl_global_init` call; Swift runs a static initializer once,
    /// thread-safely.
    private static let initResult: Int32 = Int32(curl_global_init(Int(CURL_GLOBAL_ALL)).rawValue)

    static func initialize() throws(TransportError) {
        let code = initResult
        guard code == Int32(CURLE_OK.rawValue) else {
            throw TransportError(
                kind: .other, curlCode: Int(code),
                message: "curl_global_init failed: \(String(cString: curl_easy_strerror(CURLcode(UInt32(code)))))")
        }
    }
}
