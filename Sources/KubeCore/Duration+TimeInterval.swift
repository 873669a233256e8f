import Foundation

extension Duration {
    /// The duration in seconds: for arithmetic with `Date`, rates and metrics.
    public var timeInterval: TimeInterval {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
