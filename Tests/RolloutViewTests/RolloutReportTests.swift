import BatonAPI
import Foundation
import KubeCore
import Testing
import YAML

@testable import RolloutView

struct RolloutReportTests {
    @Test(arguments: [
        RolloutFixtures.canaryAtFirstStep(), RolloutFixtures.completed(), RolloutFixtures.rolledBack(),
        RolloutFixtures.servingWithoutRollout(),
    ])
    func jsonOutputRoundTrips(model: Model) throws {
        let text = try StructuredOutput.json(RolloutReport(model))
        let parsed = try JSONParser().parse(Data(text.utf8))
        #expect(try parsed.decode(RolloutReport.self) == RolloutReport(model))
        #expect(parsed["rollout"]?["phase"]?.stringValue == model.status?.rollout?.phase.rawValue)
        #expect(parsed["serving"]?["stableVersion"]?.stringValue == model.status?.serving?.stableVersion)
        #expect(parsed.objectValue.map { Set($0.keys).isSubset(of: ["rollout", "serving"]) } == true)
    }

    @Test func yamlOutputRoundTrips() throws {
        let model = RolloutFixtures.canaryAtFirstStep()
        let text = try StructuredOutput.yaml(RolloutReport(model))
        #expect(text.contains("phase: Progressing"), "\(text)")
        #expect(try YAML.parse(text).decode(RolloutReport.self) == RolloutReport(model))
    }

    @Test func theReportHoldsTheRolloutAndServingAsRecorded() throws {
        let model = RolloutFixtures.canaryAtFirstStep()
        let value = try JSONParser().parse(Data(try StructuredOutput.json(RolloutReport(model)).utf8))
        #expect(value[path: ["rollout", "analysis", "results"]]?[1]?["verdict"] == "Fail")
        #expect(value[path: ["rollout", "stepStartTime"]] == "2026-11-27T06:20:00Z")
        #expect(value[path: ["serving", "canaryWeight"]] == 10)
    }
}

struct RolloutWatchOutcomeTests {
    @Test func anActiveRolloutIsPending() {
        #expect(RolloutWatchOutcome(RolloutFixtures.canaryAtFirstStep()) == .pending)
        #expect(RolloutWatchOutcome(RolloutFixtures.canaryWaitingForPromotion()) == .pending)
    }

    @Test func aCompletedRolloutSucceedsAndARolledBackOrAbortedOneFails() {
        #expect(RolloutWatchOutcome(RolloutFixtures.completed()) == .succeeded)
        #expect(RolloutWatchOutcome(RolloutFixtures.rolledBack()) == .failed("the rollout of version 2.1.0 ended RolledBack"))
        var aborted = RolloutFixtures.rolledBack()
        aborted.status?.rollout?.phase = .aborted
        #expect(RolloutWatchOutcome(aborted) == .failed("the rollout of version 2.1.0 ended Aborted"))
    }

    @Test func aVersionServingWithoutARolloutSucceeds() {
        #expect(RolloutWatchOutcome(RolloutFixtures.servingWithoutRollout()) == .succeeded)
    }

    /// Just after `spec.version` changed, the record is still the last rollout's: not final.
    @Test func thePreviousRolloutsRecordIsNotTheOutcome() {
        var model = RolloutFixtures.completed()
        model.spec.version = "2.2.0"
        #expect(RolloutWatchOutcome(model) == .pending)
        var stale = RolloutFixtures.completed()
        stale.metadata.generation = 3
        stale.status?.observedGeneration = 2
        #expect(RolloutWatchOutcome(stale) == .pending)
        model.status?.phase = .failed
        #expect(RolloutWatchOutcome(model) == .failed("version 2.2.0 failed before its rollout"))
    }
}
