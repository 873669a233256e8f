import KubeCore

/// What the API layer answers: a complete body, or a stream of chunks (watches).
struct APIResponse: Sendable {
    enum Body: Sendable {
        case bytes([UInt8])
        case stream(AsyncStream<[UInt8]>)
    }

    var status: Int
    var contentType: String = "application/json"
    var body: Body
    /// `Warning` headers (`299 - "unknown field \"spec.foo\""`), as kube-apiserver sends them.
    var warnings: [String] = []
    /// `Retry-After`, on 429.
    var retryAfterSeconds: Int?

    init(status: Int, contentType: String = "application/json", body: Body) {
        self.status = status
        self.contentType = contentType
        self.body = body
    }

    init(status: Int = 200, json: JSONValue) {
        let bytes = (try? json.jsonBytes()) ?? Array(#"{"kind":"Status","apiVersion":"v1","status":"Failure","message":"unencodable response","code":500}"#.utf8)
        self.init(status: status, body: .bytes(bytes))
    }

    init(_ status: Status) {
        let json = (try? JSONValue(encoding: status)) ?? .null
        self.init(status: Int(status.code ?? 500), json: json)
    }

    init(status: Int = 200, text: String, contentType: String = "text/plain; charset=utf-8") {
        self.init(status: status, contentType: contentType, body: .bytes(Array(text.utf8)))
    }
}
