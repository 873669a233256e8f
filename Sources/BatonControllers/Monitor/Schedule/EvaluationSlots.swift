import Foundation
import KubeCore

/// When a Monitor's evaluations fall: every `interval`, at a phase within the interval fixed by
/// a hash of its UID. 10,000 Monitors at 1m thus query at 10,000 spread-out instants each
/// minute, not all at once after an operator restart; and a Monitor keeps its instants across
/// restarts, so its samples stay evenly spaced.
struct EvaluationSlots: Sendable, Equatable {
    let interval: Duration
    /// Seconds after each multiple of the interval (since the Unix epoch) the slots fall.
    let phase: Double

    init(interval: Duration, uid: String) {
        self.interval = interval
        let seconds = interval.timeInterval
        phase = seconds > 0 ? Double(FNV1a.hash(uid)).truncatingRemainder(dividingBy: seconds * 1000) / 1000 : 0
    }

    /// The interval in seconds.
    var seconds: Double { interval.timeInterval }

    /// The first slot strictly after `time`.
    func next(after time: Date) -> Date {
        guard seconds > 0 else { return time }
        let since = time.timeIntervalSince1970 - phase
        let slots = (since / seconds).rounded(.down) + 1
        return Date(timeIntervalSince1970: slots * seconds + phase)
    }
}
