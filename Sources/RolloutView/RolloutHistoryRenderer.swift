import BatonAPI

/// `kubectl baton rollout history` as text: `status.history` as a table, oldest first, the
/// message cut to what is left of the width.
public struct RolloutHistoryRenderer: Sendable {
    public var width: Int

    public init(width: Int = RolloutStatusRenderer.defaultWidth) {
        self.width = width
    }

    static let headers = ["VERSION", "OUTCOME", "TIME", "REASON", "MESSAGE"]

    public func render(_ model: Model) -> [String] {
        let entries = model.status?.history ?? []
        guard !entries.isEmpty else { return ["No history for Model \(model.metadata.name ?? "?") yet."] }
        let rows = entries.map { entry in
            [
                TerminalText.singleLine(entry.version), entry.outcome.rawValue, entry.time.rfc3339,
                TerminalText.singleLine(entry.reason ?? "-"), TerminalText.singleLine(entry.message ?? ""),
            ]
        }
        // Version and reason are cut before the message would get fewer than 16 columns.
        var widths = (0..<4).map { column in
            max(TerminalText.width(Self.headers[column]), rows.map { TerminalText.width($0[column]) }.max() ?? 0)
        }
        let gaps = 2 * 4
        let minimumMessage = 16
        for column in [3, 0] where widths.reduce(0, +) + gaps + minimumMessage > width {
            let excess = widths.reduce(0, +) + gaps + minimumMessage - width
            widths[column] = max(TerminalText.width(Self.headers[column]), widths[column] - excess)
        }
        let messageWidth = max(0, width - widths.reduce(0, +) - gaps)
        return ([Self.headers] + rows).map { row in
            let cells = (0..<4).map { TerminalText.pad(TerminalText.truncate(row[$0], to: widths[$0]), to: widths[$0]) }
            let line = (cells + [TerminalText.truncate(row[4], to: messageWidth)]).joined(separator: "  ")
            return TerminalText.truncate(String(line.reversed().drop { $0 == " " }.reversed()), to: width)
        }
    }
}
