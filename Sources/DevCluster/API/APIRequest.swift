/// An HTTP request as the API layer sees it, independent of the HTTP server that carried it.
struct APIRequest: Sendable {
    var method: String
    /// The path without the query: `/apis/apps/v1/namespaces/default/deployments`.
    var path: String
    /// Query parameters, first value of each (percent-decoded).
    var query: [String: String] = [:]
    var accept: String = ""
    var contentType: String = ""
    var userAgent: String = ""
    /// The `Authorization` header.
    var authorization: String = ""
    var body: [UInt8] = []
}
