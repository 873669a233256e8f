import BatonAPI
import KubeCore
import Testing

@testable import BatonControllers

/// A retrain action's run request: one per violation, named by when the violation began.
struct RetrainRequestTests {
    private func monitor(drift: ConditionStatus, since: KubeTime = Fixtures.nowTime, when: [MonitorSignal] = [.driftDetected]) -> Monitor {
        var monitor = MonitorFixtures.monitor(status: MonitorStatus(conditions: [
            Condition(type: MonitorConditions.driftDetected, status: drift, reason: "R", message: "m", lastTransitionTime: since),
            Condition(type: MonitorConditions.degraded, status: .false, reason: "R", message: "m", lastTransitionTime: since),
        ]))
        monitor.spec.actions = [
            MonitorAction(webhook: WebhookAction(url: "http://x")),
            MonitorAction(when: when, retrain: RetrainAction(pipelineRef: LocalObjectReference(name: "fraud-retrain"))),
        ]
        return monitor
    }

    @Test func aViolationRequestsARunNamedByItsStart() throws {
        let wanted = RetrainRequest.wanted(by: monitor(drift: .true))
        #expect(wanted.map(\.action) == [1])
        let request = try #require(wanted.first?.request)
        #expect(request == RetrainRequest(pipeline: "fraud-retrain", requestedAt: Fixtures.nowTime.rfc3339, requestedBy: "Monitor/fraud-health"))
        #expect(request.patch == ["metadata": ["annotations": [
            "baton.dev/run-requested-at": .string(Fixtures.nowTime.rfc3339), "baton.dev/run-requested-by": "Monitor/fraud-health",
        ]]])
        #expect(RetrainRequest.wanted(by: monitor(drift: .true)).first?.request == request, "the same violation, the same request")
        let pipeline: JSONValue = ["metadata": ["annotations": request.patch[path: ["metadata", "annotations"]]!]]
        #expect(request.isRecorded(on: pipeline))
        #expect(!request.isRecorded(on: ["metadata": ["name": "fraud-retrain"]]))
    }

    @Test func noViolationOrAnotherSignalRequestsNothing() {
        #expect(RetrainRequest.wanted(by: monitor(drift: .false)).isEmpty)
        #expect(RetrainRequest.wanted(by: monitor(drift: .unknown)).isEmpty, "Inconclusive is no reason to retrain")
        #expect(RetrainRequest.wanted(by: monitor(drift: .true, when: [.degraded])).isEmpty)
    }
}
