import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Waits for a Prometheus-family server's `/-/ready` to answer 200: both answer 503 (or not at
/// all) while they load their storage and configuration.
enum ReadinessCheck {
    /// Whether it got ready before `timeout` passed.
    /// - Parameter url: `http://127.0.0.1:<port>`.
    static func wait(for url: String, timeout: Duration) async -> Bool {
        guard let ready = URL(string: url + "/-/ready") else { return false }
        let deadline = ContinuousClock.now + timeout
        var request = URLRequest(url: ready)
        request.timeoutInterval = 2
        while ContinuousClock.now < deadline {
            if let (_, response) = try? await URLSession.shared.data(for: request),
                (response as? HTTPURLResponse)?.statusCode == 200
            {
                return true
            }
            guard (try? await Task.sleep(for: .milliseconds(100))) != nil else { return false }
        }
        return false
    }
}
