import BatonAPI
import Foundation
import KubeCore
import KubeRuntime
import Testing

@testable import BatonControllers

/// The rollout state machine, transition by transition: observation in, next state out.
struct RolloutStateTests {
    /// A canary of three steps: a timed one, one held until promoted, and the last at 100.
    static let canary = RolloutSpec(
        strategy: .canary,
        steps: [CanaryStep(weight: 20, pause: "1m"), CanaryStep(weight: 50), CanaryStep(weight: 100)],
        analysis: AnalysisSpec(monitorRef: LocalObjectReference(name: "fraud-health"), failureLimit: 1, inconclusiveLimit: 2))

    /// One rollout walked by hand: each call is a reconcile at a time, with the pods up for the
    /// steps in `ready` and the evaluation given.
    struct Walk {
        var spec = RolloutStateTests.canary
        var revision = "rev-1"
        var version = "2.2.0"
        var ready: Set<Int32> = []
        var record: RolloutStatus?
        var transition: RolloutState.Transition?
        var time = Fixtures.now

        @discardableResult
        mutating func step(
            after seconds: TimeInterval = 0, evaluation verdicts: [CheckVerdict]? = nil, requests: [RolloutRequest] = []
        ) -> RolloutState.Transition {
            time += seconds
            let evaluation = verdicts.map { verdicts in
                RolloutEvaluation(time: KubeTime(time), results: verdicts.enumerated().map { index, verdict in
                    MetricResult(
                        name: "check\(index)", version: version, value: 0.1, verdict: verdict,
                        message: "check\(index) is \(verdict.rawValue)")
                })
            }
            let ready = self.ready
            let input = RolloutInput(
                version: version, revision: revision, previousVersion: "2.1.0", spec: spec,
                steps: spec.strategy.definition.steps(of: spec), stepReady: { ready.contains($0) }, evaluation: evaluation,
                analysisInterval: .seconds(15), requests: requests)
            let next = RolloutState.next(record, input, now: KubeTime(time))
            record = next.record
            transition = next
            return next
        }

        var phase: RolloutPhase? { record?.phase }
        var reason: String? { record?.reason }
        var events: [String] { transition?.events.map(\.reason) ?? [] }

        /// Started, step 0's pods up and its step begun.
        static func atFirstStep() -> Walk {
            var walk = Walk()
            walk.step()
            walk.ready = [0]
            walk.step()
            return walk
        }

        /// At step 1 (weight 50), held until promoted.
        static func waitingForPromotion() -> Walk {
            var walk = atFirstStep()
            walk.step(after: 60, evaluation: [.pass])
            walk.ready = [0, 1]
            walk.step()
            return walk
        }
    }

    static func promote(_ value: String = "2026-12-07T10:00:00Z") -> RolloutRequest {
        RolloutRequest(action: .promote, value: value)
    }

    static let abort = RolloutRequest(action: .abort, value: "a1")
    static let retry = RolloutRequest(action: .retry, value: "r1")

    // MARK: - Steps

    @Test func aNewRolloutStartsAtTheFirstStepWithoutTrustingPodsItHasNotSeen() {
        var walk = Walk()
        walk.ready = [0]
        walk.step()
        #expect(walk.record?.step == 0 && walk.record?.weight == 20 && walk.record?.steps == 3)
        #expect(walk.record?.stepStartTime == nil, "pods seen before the record may be a superseded revision's")
        #expect(walk.reason == "WaitingForPods")
        #expect(walk.record?.analysis == RolloutAnalysisStatus(monitor: "fraud-health"))
        walk.step()
        #expect(walk.record?.stepStartTime == KubeTime(Fixtures.now))
        #expect(walk.reason == "StepRunning")
        #expect(walk.transition?.wake == KubeTime(Fixtures.now + 15), "the first evaluation is due an interval in")
    }

    @Test func aTimedStepEndsWhenItsPauseIsOverAndTheAnalysisPassedSinceItBegan() {
        var walk = Walk.atFirstStep()
        walk.step(after: 15, evaluation: [.pass, .pass])
        #expect(walk.record?.step == 0, "the pause is not over")
        #expect(walk.transition?.wake == KubeTime(Fixtures.now + 30))
        walk.step(after: 45)
        #expect(walk.record?.step == 1, "pause over, last evaluation passed")
        #expect(walk.record?.weight == 50 && walk.record?.stepStartTime == nil)
        #expect(walk.reason == "WaitingForPods")
    }

    @Test func aStepDoesNotEndWithoutAnEvaluationSinceItBegan() {
        var walk = Walk.atFirstStep()
        walk.step(after: 90)
        #expect(walk.record?.step == 0, "no evaluation yet")
        walk.step(evaluation: [.pass])
        #expect(walk.record?.step == 1)
    }

    @Test func anEvaluationFromBeforeTheStepBeganIsNotCounted() {
        var walk = Walk()
        walk.step()
        walk.ready = [0]
        let input = RolloutInput(
            version: "2.2.0", revision: "rev-1", previousVersion: "2.1.0", spec: Self.canary,
            steps: Self.canary.strategy.definition.steps(of: Self.canary), stepReady: { _ in true },
            evaluation: RolloutEvaluation(
                time: KubeTime(Fixtures.now - 10), results: [MetricResult(name: "a", verdict: .fail)]),
            analysisInterval: .seconds(15), requests: [])
        let next = RolloutState.next(walk.record, input, now: KubeTime(Fixtures.now))
        #expect(next.record.analysis?.evaluations == 0)
        #expect(next.record.analysis?.failures == 0)
    }

    @Test func aStepWithoutAPauseHoldsUntilPromoted() {
        var walk = Walk.waitingForPromotion()
        #expect(walk.record?.step == 1)
        #expect(walk.phase == .paused && walk.reason == "WaitingForPromotion")
        #expect(walk.events == ["RolloutStepStarted", "RolloutPaused"])
        walk.step(after: 3600, evaluation: [.pass])
        #expect(walk.record?.step == 1, "an hour of passing analysis does not promote it")
        walk.step(requests: [Self.promote()])
        #expect(walk.record?.step == 2 && walk.record?.weight == 100)
        #expect(walk.transition?.consumed == ["baton.dev/promote": "2026-12-07T10:00:00Z"])
        #expect(walk.record?.requests?.first?.message == "The hold of step 2 of 3 (weight 50%) was skipped by request.")
    }

    @Test func theLastStepAtFullWeightIsThePromotion() {
        var walk = Walk.waitingForPromotion()
        walk.step(requests: [Self.promote()])
        walk.ready = [0, 1, 2]
        walk.step(after: 15, evaluation: [.pass])
        #expect(walk.record?.step == 3, "past the last step: promotion")
        #expect(walk.reason == "Promoting")
        walk.ready = [0, 1, 2, 3]
        walk.step()
        #expect(walk.phase == .completed && walk.reason == "Promoted")
        #expect(walk.record?.completionTime == KubeTime(walk.time))
        #expect(walk.record?.scaleDownTime == KubeTime(walk.time + 30))
        #expect(walk.record?.message == "Version 2.2.0 passed every step and serves all traffic.")
    }

    @Test func stepsAlreadyReadyPassInOneReconcile() {
        var walk = Walk(spec: RolloutSpec(strategy: .blueGreen))
        walk.step()
        walk.ready = [0, 1]
        walk.step()
        #expect(walk.phase == .completed, "no analysis, pods whole: judged and promoted at once")
    }

    @Test func aBlueGreenCandidateWaitsForAPassingAnalysisBehindThePreview() {
        var walk = Walk(spec: RolloutSpec(strategy: .blueGreen, analysis: Self.canary.analysis))
        walk.step()
        walk.ready = [0, 1]
        walk.step()
        #expect(walk.phase == .progressing && walk.record?.weight == 0)
        walk.step(after: 15, evaluation: [.pass])
        #expect(walk.phase == .completed)
    }

    // MARK: - Verdicts

    @Test func failuresBeyondTheLimitRollBack() {
        var walk = Walk.atFirstStep()
        walk.step(after: 15, evaluation: [.pass, .fail])
        #expect(walk.phase == .progressing && walk.record?.analysis?.failures == 1, "one failure is tolerated")
        walk.step(after: 15, evaluation: [.fail, .pass])
        #expect(walk.phase == .rolledBack && walk.reason == "AnalysisFailed")
        #expect(walk.record?.message == "Monitor fraud-health failed version 2.2.0 at step 1 of 3 (weight 20%) "
            + "(2 failed evaluations, 1 tolerated): check0: check0 is Fail. Traffic is back on version 2.1.0.")
        #expect(walk.events == ["RolledBack"])
        #expect(walk.transition?.events.first?.type == .warning)
        walk.step(after: 3600, evaluation: [.pass])
        #expect(walk.phase == .rolledBack, "stays rolled back")
        #expect(walk.record?.analysis?.evaluations == 2, "no more evaluations counted")
    }

    @Test func underThePausePolicyAFailedAnalysisHoldsForAPerson() {
        var walk = Walk.atFirstStep()
        walk.spec.failurePolicy = .pause
        walk.spec.analysis?.failureLimit = 0
        walk.step(after: 15, evaluation: [.fail])
        #expect(walk.phase == .paused && walk.reason == "AnalysisFailed")
        #expect(walk.record?.isHeld == true)
        #expect(walk.events == ["AnalysisFailed"])
        walk.step(after: 600, evaluation: [.pass])
        #expect(walk.phase == .paused && walk.record?.step == 0, "a later pass does not release it")
        #expect(walk.record?.analysis?.evaluations == 1)
    }

    @Test func inconclusiveHoldsAndNeverPromotes() {
        var walk = Walk.atFirstStep()
        walk.step(after: 15, evaluation: [.pass, .inconclusive])
        #expect(walk.phase == .paused && walk.reason == "AnalysisInconclusive")
        #expect(walk.record?.message?.contains("check1: check1 is Inconclusive") == true)
        walk.step(after: 60)
        #expect(walk.record?.step == 0, "the pause is over, but no verdict")
        walk.step(after: 15, evaluation: [.pass, .pass])
        #expect(walk.record?.step == 1, "a pass resumes it")
        #expect(walk.record?.analysis?.consecutiveInconclusive == 0)
    }

    @Test func anEmptyEvaluationIsInconclusive() {
        #expect(RolloutEvaluation(time: Fixtures.nowTime, results: []).verdict == .inconclusive)
        #expect(RolloutEvaluation(time: Fixtures.nowTime, results: [
            MetricResult(name: "a", verdict: .inconclusive), MetricResult(name: "b", verdict: .fail),
        ]).verdict == .fail)
    }

    @Test func aLongSilenceBeyondTheInconclusiveLimitFails() {
        var walk = Walk.atFirstStep()
        walk.step(after: 15, evaluation: [.inconclusive])
        walk.step(after: 15, evaluation: [.inconclusive])
        #expect(walk.phase == .paused && walk.reason == "AnalysisInconclusive")
        walk.step(after: 15, evaluation: [.inconclusive])
        #expect(walk.phase == .rolledBack && walk.reason == "AnalysisInconclusive")
        #expect(walk.record?.message?.contains("in 3 evaluations in a row (2 tolerated)") == true)
    }

    @Test func withoutAnInconclusiveLimitSilenceHoldsForever() {
        var walk = Walk.atFirstStep()
        walk.spec.analysis?.inconclusiveLimit = nil
        for _ in 0..<50 { walk.step(after: 15, evaluation: [.inconclusive]) }
        #expect(walk.phase == .paused && walk.record?.step == 0)
    }

    // MARK: - Restart, spec change and requests at every state

    /// Every state a rollout can be in, by name, reached by a walk.
    static let states: [String: Walk] = {
        var states: [String: Walk] = [:]
        var walk = Walk()
        walk.step()
        states["waitingForPods"] = walk
        states["stepRunning"] = Walk.atFirstStep()
        states["waitingForPromotion"] = Walk.waitingForPromotion()
        var inconclusive = Walk.atFirstStep()
        inconclusive.step(after: 15, evaluation: [.inconclusive])
        states["inconclusive"] = inconclusive
        var held = Walk.atFirstStep()
        held.spec.failurePolicy = .pause
        held.spec.analysis?.failureLimit = 0
        held.step(after: 15, evaluation: [.fail])
        states["held"] = held
        var promoting = Walk.waitingForPromotion()
        promoting.step(requests: [promote("p")])
        promoting.ready = [0, 1, 2]
        promoting.step(after: 15, evaluation: [.pass])
        states["promoting"] = promoting
        var completed = promoting
        completed.ready.insert(3)
        completed.step()
        states["completed"] = completed
        var rolledBack = Walk.atFirstStep()
        rolledBack.step(after: 15, evaluation: [.fail])
        rolledBack.step(after: 15, evaluation: [.fail])
        states["rolledBack"] = rolledBack
        var aborted = Walk.atFirstStep()
        aborted.step(requests: [abort])
        states["aborted"] = aborted
        return states
    }()

    static let stateNames = states.keys.sorted()

    @Test func theStatesAreWhatTheirNamesSay() {
        let expected: [String: (RolloutPhase, String)] = [
            "waitingForPods": (.progressing, "WaitingForPods"), "stepRunning": (.progressing, "StepRunning"),
            "waitingForPromotion": (.paused, "WaitingForPromotion"), "inconclusive": (.paused, "AnalysisInconclusive"),
            "held": (.paused, "AnalysisFailed"), "promoting": (.progressing, "Promoting"), "completed": (.completed, "Promoted"),
            "rolledBack": (.rolledBack, "AnalysisFailed"), "aborted": (.aborted, "Aborted"),
        ]
        for (name, walk) in Self.states {
            #expect(walk.phase == expected[name]?.0 && walk.reason == expected[name]?.1, "\(name)")
        }
    }

    /// A restarted operator reads the state back from the status and, seeing the same cluster,
    /// stays exactly where it was: no step skipped, nothing repeated.
    @Test(arguments: stateNames)
    func aRestartResumesAtTheSameState(_ name: String) throws {
        var walk = try #require(Self.states[name])
        let before = walk.record
        walk.step()
        #expect(walk.record == before)
        #expect(walk.events.isEmpty)
    }

    /// A new revision (new version, new data, another serving spec) starts again at the first
    /// step, whatever the state; an active rollout says it was superseded.
    @Test(arguments: stateNames)
    func aSpecChangeStartsAgainFromTheFirstStep(_ name: String) throws {
        var walk = try #require(Self.states[name])
        let wasActive = walk.record?.phase.isActive == true
        let requests = walk.record?.requests
        walk.revision = "rev-2"
        walk.step()
        #expect(walk.record?.revision == "rev-2")
        #expect(walk.record?.step == 0 && walk.phase == .progressing && walk.record?.stepStartTime == nil)
        #expect(walk.record?.analysis == RolloutAnalysisStatus(monitor: "fraud-health"))
        #expect(walk.record?.requests == requests, "handled requests stay handled")
        #expect(walk.events == (wasActive ? ["RolloutRestarted"] : []))
    }

    /// What each request does in each state.
    @Test(arguments: stateNames)
    func requestsInEveryState(_ name: String) throws {
        let start = try #require(Self.states[name])
        let active = start.record?.phase.isActive == true
        let canRetry = [.rolledBack, .aborted].contains(start.phase) || start.record?.isHeld == true

        var aborted = start
        aborted.step(requests: [Self.abort])
        #expect(aborted.phase == (active ? .aborted : start.phase), "abort in \(name)")
        #expect(aborted.transition?.consumed == ["baton.dev/abort": "a1"], "consumed either way")
        #expect(aborted.record?.requests?.contains { $0.action == .abort && $0.value == "a1" } == true)

        var retried = start
        retried.step(requests: [Self.retry])
        if canRetry {
            #expect(retried.phase == .progressing && retried.record?.step == 0, "retry in \(name)")
            #expect(retried.record?.analysis?.evaluations == 0)
            #expect(retried.events.contains("RolloutRetried"))
        } else {
            #expect(retried.record?.step == start.record?.step, "retry in \(name) does nothing")
            #expect(retried.record?.requests?.first { $0.action == .retry }?.message.hasPrefix("Nothing to retry") == true)
        }

        var full = start
        full.step(requests: [Self.promote("full")])
        #expect(full.phase == (active ? .completed : start.phase), "full promotion in \(name)")
        if active { #expect(full.reason == "PromotedByRequest") }

        var skip = start
        skip.step(requests: [Self.promote("s1")])
        if active {
            let expected = (start.record?.step ?? 0) + 1
            #expect(skip.record?.step == expected || skip.phase == .completed, "promote in \(name) skips the hold")
            #expect(skip.record?.isHeld == false)
        } else {
            #expect(skip.record?.requests?.first { $0.action == .promote }?.message.hasPrefix("Nothing to promote") == true)
        }
    }

    @Test func aRequestHandledOnceIsNotActedOnAgain() {
        var walk = Walk.waitingForPromotion()
        walk.step(requests: [Self.promote("once")])
        #expect(walk.record?.step == 2)
        // The annotation's removal was lost (or a GitOps sync put it back): same value again.
        walk.step(requests: [Self.promote("once")])
        #expect(walk.record?.step == 2)
        #expect(walk.transition?.consumed == ["baton.dev/promote": "once"], "removed again, not acted on")
    }

    @Test func abortWinsOverAPromotionAskedAtTheSameTime() {
        var walk = Walk.atFirstStep()
        walk.step(requests: RolloutRequest.find(in: ["baton.dev/promote": "full", "baton.dev/abort": "now"]))
        #expect(walk.phase == .aborted)
        #expect(walk.record?.requests?.first { $0.action == .promote }?.message.hasPrefix("Nothing to promote") == true)
    }
}
