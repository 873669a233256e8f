/// Durations as a person reads a countdown: `45s`, `1m05s`, `2h03m`, rounded up to the second
/// so a pause shows `1s` until it is over.
public enum DurationText {
    public static func format(seconds: Double) -> String {
        let total = Int(max(0, seconds).rounded(.up))
        let hours = total / 3600
        let minutes = total % 3600 / 60
        let rest = total % 60
        if hours > 0 { return "\(hours)h" + two(minutes) + "m" + (rest > 0 ? two(rest) + "s" : "") }
        if minutes > 0 { return "\(minutes)m" + two(rest) + "s" }
        return "\(rest)s"
    }

    private static func two(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
