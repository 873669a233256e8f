import Testing

@testable import KubeRuntime

@Suite struct LivenessCheckTests {
    private let check = LivenessCheck(stuckWorkerThreshold: .seconds(600), informerFailureThreshold: .seconds(300))

    private func informer(_ failingFor: Duration?) -> LivenessCheck.InformerStatus {
        .init(name: "Deployment.apps", failingFor: failingFor)
    }

    private func controller(ended: Bool = false, longest: Duration? = nil) -> LivenessCheck.ControllerStatus {
        .init(name: "model", workersEnded: ended, longestInFlight: longest)
    }

    @Test func workingInformersAndBusyWorkersAreAlive() {
        let failures = check.failures(
            informers: [informer(nil), informer(.seconds(299))],
            controllers: [controller(longest: .seconds(599)), controller()], isLeader: true)
        #expect(failures.isEmpty)
    }

    @Test func anInformerFailingPastTheThresholdFails() {
        let failures = check.failures(informers: [informer(.seconds(300))], controllers: [], isLeader: false)
        #expect(failures == ["informer Deployment.apps: no working list or watch for 300s (threshold 300s)"])
    }

    @Test func aWorkerHoldingAKeyPastTheThresholdFailsWhileLeading() {
        let failures = check.failures(informers: [], controllers: [controller(longest: .seconds(601))], isLeader: true)
        #expect(failures == ["controller model: a worker has held one key for 601s (threshold 600s)"])
    }

    @Test func endedWorkersFailWhileLeading() {
        let failures = check.failures(informers: [], controllers: [controller(ended: true)], isLeader: true)
        #expect(failures == ["controller model: workers stopped"])
    }

    @Test func aStandbysControllersAreNotJudged() {
        let failures = check.failures(
            informers: [], controllers: [controller(ended: true), controller(longest: .seconds(3600))], isLeader: false)
        #expect(failures.isEmpty)
    }
}
