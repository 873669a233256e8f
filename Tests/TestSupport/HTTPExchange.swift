import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A plain-HTTP request to a loopback server the test runs (the simulated model servers,
/// Prometheus, Alertmanager), and what came back.
public struct HTTPExchange: Sendable {
    public let status: Int
    public let contentType: String?
    public let body: String

    /// `GET url`, or `POST url` with `json` as the body when given.
    public static func send(_ url: String, json: String? = nil) async throws -> HTTPExchange {
        guard let target = URL(string: url) else { throw BadURL(url: url) }
        var request = URLRequest(url: target)
        request.timeoutInterval = 10
        if let json {
            request.httpMethod = "POST"
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
            request.httpBody = Data(json.utf8)
        }
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = response as? HTTPURLResponse
        return HTTPExchange(
            status: http?.statusCode ?? 0, contentType: http?.value(forHTTPHeaderField: "Content-Type"),
            body: String(decoding: data, as: UTF8.self))
    }

    struct BadURL: Error, CustomStringConvertible {
        var url: String
        var description: String { "not a URL: \(url)" }
    }
}
