import Foundation

extension Duration {
    /// The duration in seconds, for rates and latencies.
    var timeInterval: TimeInterval {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
