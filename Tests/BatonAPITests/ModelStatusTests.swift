import KubeCore
import Testing

@testable import BatonAPI

struct ModelStatusTests {
    @Test func historyKeepsTheLastTen() {
        var status = ModelStatus()
        for minor in 0..<15 {
            status.recordHistory(
                VersionHistoryEntry(version: "1.\(minor).0", outcome: .promoted, time: KubeTime(secondsSince1970: Int64(minor))))
        }
        #expect(status.history?.count == ModelStatus.historyLimit)
        #expect(status.history?.first?.version == "1.5.0")
        #expect(status.history?.last?.version == "1.14.0")
    }
}
