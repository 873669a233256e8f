import BatonAPI
import KubeCore
import Testing

@testable import RolloutView

struct RolloutHistoryRendererTests {
    static func model(_ history: [VersionHistoryEntry]?) -> Model {
        var model = RolloutFixtures.completed()
        model.status?.history = history
        return model
    }

    @Test func historyIsATableOldestFirst() {
        let lines = RolloutHistoryRenderer().render(Self.model([
            VersionHistoryEntry(
                version: "2.0.0", outcome: .promoted, time: RolloutFixtures.start, reason: "Promoted",
                message: "Version 2.0.0 passed every step and serves all traffic."),
            VersionHistoryEntry(
                version: "2.1.0", outcome: .rolledBack, time: KubeTime(secondsSince1970: RolloutFixtures.start.secondsSince1970 + 60),
                reason: "AnalysisFailed", message: "Monitor fraud-health failed version 2.1.0."),
        ]))
        #expect(lines == [
            "VERSION  OUTCOME     TIME                  REASON          MESSAGE",
            "2.0.0    Promoted    2026-11-27T06:20:00Z  Promoted        Version 2.0.0 passed…",
            "2.1.0    RolledBack  2026-11-27T06:21:00Z  AnalysisFailed  Monitor fraud-health…",
        ], "\(lines.joined(separator: "\n"))")
    }

    @Test func longValuesAreCutToEightyColumns() {
        let long = String(repeating: "long-", count: 40)
        let lines = RolloutHistoryRenderer().render(Self.model([
            VersionHistoryEntry(version: long, outcome: .failed, time: RolloutFixtures.start, reason: long, message: long + "\nsecond line"),
            VersionHistoryEntry(version: "1", outcome: .gated, time: RolloutFixtures.start),
        ]))
        #expect(lines.count == 3)
        for line in lines {
            #expect(TerminalText.width(line) <= 80, "\(line)")
        }
        #expect(lines[1].hasSuffix("…"))
        #expect(lines[2].hasPrefix("1 "))
        #expect(lines[2].contains("Gated"))
    }

    @Test func noHistorySaysSo() {
        #expect(RolloutHistoryRenderer().render(Self.model(nil)) == ["No history for Model fraud-detector yet."])
    }
}
