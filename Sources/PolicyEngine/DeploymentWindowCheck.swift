import BatonAPI
import Foundation

/// `deploymentWindows`: a rollout may start only inside one of the windows, read on the wall
/// clock of each window's time zone (so a window keeps its local hours across daylight saving
/// changes). A window whose end is at or before its start runs past midnight and belongs to
/// the day it starts on.
struct DeploymentWindowCheck: PolicyCheck {
    let windows: [DeploymentWindow]

    func violations(by subject: PolicySubject, now: Date) -> [PolicyViolation] {
        var problems: [String] = []
        for window in windows {
            switch Self.isOpen(window, at: now) {
            case true?: return []
            case false?: break
            case nil: problems.append("time zone \"\(window.timeZone)\" is not an IANA time zone")
            }
        }
        let described = windows.map(Self.describe).joined(separator: "; ")
        let problem = problems.isEmpty ? "" : " (\(problems.joined(separator: ", ")))"
        return [PolicyViolation(
            rule: .deploymentWindows,
            message: "outside the deployment windows (\(described))\(problem): the rollout starts when one opens")]
    }

    /// Whether `now` falls in the window; nil when its time zone or times do not read.
    static func isOpen(_ window: DeploymentWindow, at now: Date) -> Bool? {
        guard let zone = TimeZone(identifier: window.timeZone), let start = minutes(window.start), let end = minutes(window.end)
        else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.weekday, .hour, .minute], from: now)
        guard let weekday = parts.weekday, let hour = parts.hour, let minute = parts.minute else { return nil }
        let time = hour * 60 + minute
        let today = Self.weekday(weekday)
        let yesterday = Self.weekday(weekday == 1 ? 7 : weekday - 1)
        if start < end { return window.days.contains(today) && time >= start && time < end }
        // Past midnight: the evening of a listed day, or the small hours after one.
        return (window.days.contains(today) && time >= start) || (window.days.contains(yesterday) && time < end)
    }

    /// `HH:MM` as minutes after midnight.
    private static func minutes(_ text: String) -> Int? {
        let parts = text.split(separator: ":")
        guard parts.count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]), (0..<24).contains(hour),
            (0..<60).contains(minute)
        else { return nil }
        return hour * 60 + minute
    }

    /// Foundation's weekday (1 is Sunday) as the API's.
    private static func weekday(_ number: Int) -> Weekday {
        [.sunday, .monday, .tuesday, .wednesday, .thursday, .friday, .saturday][(number - 1) % 7]
    }

    private static func describe(_ window: DeploymentWindow) -> String {
        let days = window.days.map { String($0.rawValue.prefix(3)) }.joined(separator: ",")
        return "\(days) \(window.start)–\(window.end) \(window.timeZone)"
    }
}
