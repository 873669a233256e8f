import Foundation

/// Numbers as short text for messages that users read.
public enum NumberText {
    /// The shortest text that reads back as `value`, without a trailing `.0`.
    public static func plain(_ value: Double) -> String {
        let text = "\(value)"
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    /// `value` to three significant digits (more for whole numbers, which keep every digit), and
    /// to as many more as it takes not to read the same as `other` when the two differ: a
    /// message must not say "0.25 < threshold 0.25".
    public static func rounded(_ value: Double, distinctFrom other: Double) -> String {
        let integerDigits = abs(value) >= 1 ? Int(log10(abs(value))) + 1 : 1
        var digits = max(3, integerDigits)
        while true {
            let text = String(format: "%.\(digits)g", value)
            if value == other || digits >= 17 || text != String(format: "%.\(digits)g", other) { return text }
            digits += 1
        }
    }
}
