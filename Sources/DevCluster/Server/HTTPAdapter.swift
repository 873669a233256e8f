import Foundation
import HTTPTypes
import Hummingbird
import KubeCore
import NIOCore

/// Carries requests from Hummingbird to the API layer and responses back, streaming watch
/// bodies chunk by chunk.
struct HTTPAdapter: HTTPResponder {
    typealias Context = BasicRequestContext
    let api: APIServer

    func respond(to request: Request, context: Context) async throws -> Response {
        var request = request
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: APIServer.maximumBodyBytes)
        } catch {
            let status = Status(
                status: Status.failure, message: "Request entity too large: limit is \(APIServer.maximumBodyBytes)",
                reason: .requestEntityTooLarge, details: StatusDetails(), code: 413)
            return response(APIResponse(status))
        }
        let headers = request.headers
        let apiRequest = APIRequest(
            method: request.method.rawValue, path: request.uri.path.removingPercentEncoding ?? request.uri.path,
            query: Self.query(request.uri.query ?? ""), accept: headers[.accept] ?? "",
            contentType: headers[.contentType] ?? "", userAgent: headers[.userAgent] ?? "",
            authorization: headers[.authorization] ?? "", body: Array(buffer: body))
        return response(await api.handle(apiRequest))
    }

    private func response(_ response: APIResponse) -> Response {
        var headers: HTTPFields = [.contentType: response.contentType, .cacheControl: "no-cache, private"]
        for warning in response.warnings {
            headers.append(HTTPField(name: HTTPField.Name("Warning")!, value: "299 - \"\(warning.replacingOccurrences(of: "\"", with: "\\\""))\""))
        }
        if let seconds = response.retryAfterSeconds { headers[.retryAfter] = String(seconds) }
        let status = HTTPResponse.Status(code: response.status)
        switch response.body {
        case .bytes(let bytes):
            return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
        case .stream(let chunks):
            headers[.contentType] = "application/json"
            headers[HTTPField.Name("Transfer-Encoding")!] = nil
            return Response(status: status, headers: headers, body: ResponseBody { writer in
                for await chunk in chunks {
                    try await writer.write(ByteBuffer(bytes: chunk))
                }
                try await writer.finish(nil)
            })
        }
    }

    /// Query parameters as Go's `url.ParseQuery` reads them (`+` is a space), first value wins.
    static func query(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ part: Substring) -> String {
                let spaced = part.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            let key = decode(parts[0])
            if result[key] == nil { result[key] = parts.count > 1 ? decode(parts[1]) : "" }
        }
        return result
    }
}
