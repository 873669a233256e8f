import BatonAPI
import Foundation
import KubeCore
import Testing

@testable import RolloutView

struct RolloutStatusRendererTests {
    let renderer = RolloutStatusRenderer()

    @Test func aCanaryMidRolloutShowsVersionsStepPauseAndAnalysis() {
        let lines = renderer.render(RolloutFixtures.canaryAtFirstStep(), now: RolloutFixtures.at(37))
        #expect(lines == [
            "Model fraud-detector (risk): RollingOut",
            "├─ desired    2.1.0",
            "├─ strategy   Canary, router Replicas",
            "├─ stable     2.0.0, weight 90%",
            "├─ canary     2.1.0, weight 10%",
            "├─ pods       5 ready",
            "└─ rollout    2.1.0 from 2.0.0: Progressing",
            "   ├─ step       1 of 3, weight 10%",
            "   ├─ pause      1m23s left of 2m",
            "   ├─ reason     StepRunning",
            "   ├─ message    Version 2.1.0 is at step 1 of 3 (weight 10%) until",
            "   │             2026-11-27T06:22:00Z and a passing analysis.",
            "   └─ analysis   Monitor fraud-health: 4 evaluations, 1 failure, last 7s ago",
            "      ├─ ✔ latency-p99  0.1234  Pass          0.1234 <= 0.25",
            "      ├─ ✖ error-rate   0.031   Fail          0.031 > 0.01",
            "      └─ ? score-drift  -       Inconclusive  no samples in the window",
        ], "\(lines.joined(separator: "\n"))")
    }

    @Test func everyLineFitsEightyColumnsWithLongNamesAndMessages() {
        let long = String(repeating: "very-long-name-", count: 12)
        let message = (0..<60).map { "word\($0)" }.joined(separator: " ") + " " + String(repeating: "x", count: 150)
            + " 中文信息很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长"
        var model = RolloutFixtures.canaryAtFirstStep(results: [
            MetricResult(name: long, value: 123456.789, verdict: .pass, message: message),
            MetricResult(name: "short", value: 1, verdict: .fail, message: message),
        ])
        model.metadata.name = long
        model.metadata.namespace = long
        model.spec.version = long
        model.status?.serving?.stableVersion = long
        model.status?.serving?.canaryVersion = long
        model.status?.rollout?.version = long
        model.status?.rollout?.previousVersion = long
        model.status?.rollout?.reason = long
        model.status?.rollout?.message = message
        model.status?.rollout?.analysis?.monitor = long
        let lines = renderer.render(model, now: RolloutFixtures.at(37))
        for line in lines {
            #expect(TerminalText.width(line) <= 80, "\(TerminalText.width(line)) columns: \(line)")
        }
        // The message is wrapped, not cut: every word of it is on some line.
        let text = lines.joined(separator: " ")
        for word in (0..<60).map({ "word\($0)" }) {
            #expect(text.contains(" \(word) ") || text.contains(" \(word)\n") || text.hasSuffix(word) || text.contains("\(word) "))
        }
        #expect(lines.filter { $0.contains("word") }.count > 2, "the message spans several lines")
        // The checks' messages are cut to fit, ending in an ellipsis.
        #expect(lines.contains { $0.contains("✖ short") && $0.hasSuffix("…") }, "\(lines)")
    }

    @Test func narrowerWidthsAreRespectedToo() {
        for width in [40, 60, 100] {
            let lines = RolloutStatusRenderer(width: width).render(RolloutFixtures.canaryAtFirstStep(), now: RolloutFixtures.at(37))
            #expect(lines.allSatisfy { TerminalText.width($0) <= width }, "\(width): \(lines)")
        }
    }

    @Test(arguments: [(0.0, "2m00s left of 2m"), (37, "1m23s left of 2m"), (119.2, "1s left of 2m"), (120, "2m, over")])
    func thePauseCountsDownOnTheLocalClock(elapsed: Double, expected: String) {
        let lines = renderer.render(RolloutFixtures.canaryAtFirstStep(), now: RolloutFixtures.at(elapsed))
        #expect(lines.contains("   ├─ pause      \(expected)"), "\(lines.joined(separator: "\n"))")
    }

    @Test func aPauseStartsOnlyOnceTheStepsPodsAreUp() {
        let lines = renderer.render(RolloutFixtures.canaryAtFirstStep(stepStartTime: nil), now: RolloutFixtures.at(500))
        #expect(lines.contains("   ├─ pause      2m, from when the step's pods are up"), "\(lines)")
    }

    @Test func aStepWithoutAPauseShowsNoCountdown() {
        let lines = renderer.render(RolloutFixtures.canaryWaitingForPromotion(), now: RolloutFixtures.at(37))
        #expect(!lines.contains { $0.contains("pause") }, "\(lines)")
        #expect(lines.contains("   ├─ step       2 of 3, weight 50%"))
        #expect(lines.contains("   ├─ reason     WaitingForPromotion"))
        #expect(lines.contains("└─ rollout    2.1.0 from 2.0.0: Paused"))
    }

    @Test func eachVerdictHasItsMarker() {
        #expect(CheckVerdict.pass.marker == "✔")
        #expect(CheckVerdict.fail.marker == "✖")
        #expect(CheckVerdict.inconclusive.marker == "?")
        #expect(Set(CheckVerdict.allCases.map(\.marker)).count == CheckVerdict.allCases.count)
        let lines = renderer.render(RolloutFixtures.canaryAtFirstStep(), now: RolloutFixtures.at(37))
        for result in RolloutFixtures.results {
            let row = lines.first { $0.contains(result.name) }
            #expect(row?.contains("\(result.verdict.marker) \(result.name)") == true, "\(row ?? "no row")")
            #expect(row?.contains(result.verdict.rawValue) == true)
        }
    }

    @Test func anAnalysisWithoutResultsSaysSo() {
        let lines = renderer.render(RolloutFixtures.canaryAtFirstStep(results: []), now: RolloutFixtures.at(37))
        #expect(lines.last == "      └─ no evaluation yet", "\(lines)")
    }

    @Test func withoutARolloutRecordTheVersionServes() {
        let lines = renderer.render(RolloutFixtures.servingWithoutRollout(), now: RolloutFixtures.at(0))
        #expect(lines == [
            "Model fraud-detector (risk): Serving",
            "├─ desired    1.0.0",
            "├─ strategy   BlueGreen, router Replicas",
            "├─ stable     1.0.0, weight 100%",
            "├─ pods       4 ready",
            "└─ rollout    none: version 1.0.0 serves and there is no rollout",
        ], "\(lines.joined(separator: "\n"))")
        var pending = RolloutFixtures.servingWithoutRollout()
        pending.status = nil
        let empty = renderer.render(pending, now: RolloutFixtures.at(0))
        #expect(empty.first == "Model fraud-detector (risk): no status yet")
        #expect(empty.last == "└─ rollout    none: no version serves yet")
    }

    @Test func aCompletedRolloutShowsEveryStepDoneAndTheScaleDown() {
        let lines = renderer.render(RolloutFixtures.completed(), now: RolloutFixtures.at(18))
        #expect(lines.contains("├─ stable     2.1.0, weight 100%"), "\(lines)")
        #expect(!lines.contains { $0.contains("canary ") })
        #expect(lines.contains("└─ rollout    2.1.0 from 2.0.0: Completed"))
        #expect(lines.contains("   ├─ step       3 of 3 done, weight 100%"))
        #expect(lines.contains("   └─ scale-down 2.0.0's pods go in 12s"), "\(lines.joined(separator: "\n"))")
        // Once the scale-down time has passed, nothing is said of it.
        let later = renderer.render(RolloutFixtures.completed(), now: RolloutFixtures.at(31))
        #expect(!later.contains { $0.contains("scale-down") })
        #expect(!later.contains { $0.contains("pause") })
    }

    @Test func aRolledBackRolloutShowsWhereItStoppedAndWhy() {
        let lines = renderer.render(RolloutFixtures.rolledBack(), now: RolloutFixtures.at(60))
        #expect(lines.first == "Model fraud-detector (risk): RolledBack")
        #expect(lines.contains("├─ stable     2.0.0, weight 100%"), "\(lines)")
        #expect(lines.contains("└─ rollout    2.1.0 from 2.0.0: RolledBack"))
        #expect(lines.contains("   ├─ step       stopped at 1 of 3 (weight 10%); weight now 0%"), "\(lines.joined(separator: "\n"))")
        #expect(lines.contains("   ├─ reason     AnalysisFailed"))
        #expect(!lines.contains { $0.contains("pause") }, "an ended rollout counts no pause down")
        #expect(lines.contains { $0.contains("Monitor fraud-health: 5 evaluations, 2 failures") })
    }

    @Test func valuesAreShortAndAbsentOnesADash() {
        #expect(RolloutStatusRenderer.value(nil) == "-")
        #expect(RolloutStatusRenderer.value(3) == "3")
        #expect(RolloutStatusRenderer.value(0.123456) == "0.1235")
        #expect(RolloutStatusRenderer.value(.nan) == "-")
    }
}
