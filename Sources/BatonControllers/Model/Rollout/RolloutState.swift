import BatonAPI
import KubeCore
import KubeRuntime

/// The rollout as a state machine: the recorded `RolloutStatus` and what one reconcile
/// observed go in, the next recorded state comes out, with the Events that tell of the
/// transition and the request annotations handled. Pure, so every transition — restarts,
/// spec changes, requests and verdicts at every state — is tested without a cluster; and since
/// the state lives in the Model's status, a restarted operator resumes at the same step.
///
/// - A new candidate (version or revision) starts at the first step, whatever the state was: a
///   rollout never promotes what it did not judge.
/// - A step starts when its pods are up; it ends when its hold is over and the last
///   evaluation since it started passed. After the last step the candidate is promoted.
/// - Failed evaluations beyond `failureLimit` (or Inconclusive ones in a row beyond
///   `inconclusiveLimit`) end it by `failurePolicy`: rolled back, or held for a person.
/// - An Inconclusive evaluation holds the step: no data is no verdict.
enum RolloutState {
    struct Transition: Sendable, Equatable {
        var record: RolloutStatus
        var events: [PlannedEvent]
        /// The request annotations handled (acted on, or found already handled), by key with
        /// the value read.
        var consumed: [String: String]
        /// When the state may move again without anything else changing: a pause ends, an
        /// evaluation is due.
        var wake: KubeTime?
    }

    enum Reason {
        static let waitingForPods = "WaitingForPods"
        static let stepRunning = "StepRunning"
        static let waitingForPromotion = "WaitingForPromotion"
        static let analysisInconclusive = "AnalysisInconclusive"
        static let analysisFailed = "AnalysisFailed"
        static let aborted = "Aborted"
        static let promoting = "Promoting"
        static let promoted = "Promoted"
        static let promotedByRequest = "PromotedByRequest"
    }

    enum EventReason {
        static let restarted = "RolloutRestarted"
        static let stepStarted = "RolloutStepStarted"
        static let paused = "RolloutPaused"
        static let resumed = "RolloutResumed"
        static let analysisFailed = "AnalysisFailed"
        static let rolledBack = "RolledBack"
        static let aborted = "RolloutAborted"
        static let retried = "RolloutRetried"
        static let promotedByRequest = "PromotedByRequest"
        static let requestIgnored = "RequestIgnored"
    }

    static func next(_ previous: RolloutStatus?, _ input: RolloutInput, now: KubeTime) -> Transition {
        var machine = Machine(input: input, now: now)
        if let previous, previous.version == input.version, previous.revision == input.revision {
            machine.record = previous
            machine.observedPods = true
            machine.evaluation = input.evaluation
        } else {
            machine.record = fresh(input, now: now, requests: previous?.requests)
            if let previous, previous.phase.isActive {
                machine.events.append(PlannedEvent(
                    .normal, reason: EventReason.restarted, action: "Rollout",
                    message: "The rollout of version \(previous.version) was superseded by version \(input.version) "
                        + "before it finished: its analysis starts again from the first step."))
            }
        }
        machine.run()
        return Transition(record: machine.record, events: machine.events, consumed: machine.consumed, wake: machine.wake)
    }

    static func fresh(_ input: RolloutInput, now: KubeTime, requests: [RolloutRequestStatus]?) -> RolloutStatus {
        RolloutStatus(
            version: input.version, revision: input.revision, strategy: input.spec.strategy, phase: .progressing,
            previousVersion: input.previousVersion, steps: Int32(input.steps.count),
            weight: input.steps.first?.weight ?? 100, startTime: now,
            analysis: input.spec.analysis.map { RolloutAnalysisStatus(monitor: $0.monitorRef.name) }, requests: requests)
    }

    /// One pass over one state: requests, then readiness, the verdict, the step's end.
    private struct Machine {
        let input: RolloutInput
        let now: KubeTime
        var record: RolloutStatus!
        /// Whether the observed pods are the candidate's as recorded: not after a restart, when
        /// they may still run the superseded revision.
        var observedPods = false
        var evaluation: RolloutEvaluation?
        var events: [PlannedEvent] = []
        var consumed: [String: String] = [:]
        var wake: KubeTime?

        init(input: RolloutInput, now: KubeTime) {
            self.input = input
            self.now = now
        }

        private var steps: [RolloutStep] { input.steps }
        private var currentStep: RolloutStep? {
            steps.indices.contains(Int(record.step)) ? steps[Int(record.step)] : nil
        }
        private var isHeld: Bool { record.isHeld }
        private var stepLabel: String {
            record.step < record.steps
                ? "step \(record.step + 1) of \(record.steps) (weight \(record.weight)%)" : "promotion after the last step"
        }

        mutating func run() {
            for request in input.requests {
                consumed[request.action.annotation] = request.value
                if record.hasHandled(request) { continue }
                record.acknowledge(request, at: now, message: handle(request))
            }
            guard record.phase.isActive, !isHeld else { return }
            startStepIfReady()
            if let evaluation, let start = record.stepStartTime, evaluation.time >= start {
                judge(evaluation)
            }
            // Steps whose pods are already up and whose hold is over pass in one go (a blue-green
            // candidate judged and already whole is promoted at once).
            var passed = 0
            while record.phase.isActive, !isHeld, stepIsOver, passed <= steps.count {
                advance(reason: Reason.promoted)
                startStepIfReady()
                passed += 1
            }
            settle()
        }

        private mutating func startStepIfReady() {
            guard record.phase.isActive, record.stepStartTime == nil, observedPods, input.stepReady(record.step) else { return }
            record.stepStartTime = now
            if record.step > 0 && record.step < record.steps {
                events.append(PlannedEvent(
                    .normal, reason: EventReason.stepStarted, action: "Rollout",
                    message: "Version \(record.version) is at \(stepLabel)."))
            }
        }

        // MARK: Requests

        private mutating func handle(_ request: RolloutRequest) -> String {
            switch request.action {
            case .abort, .undo:
                let verb = request.action == .abort ? "abort" : "undo"
                guard record.phase.isActive else {
                    return "Nothing to \(verb): the rollout is \(record.phase.rawValue) and version "
                        + "\(record.previousVersion ?? "?") serves."
                }
                let message = "\(request.action == .abort ? "Aborted" : "Undone") by request at \(stepLabel); "
                    + "traffic is back on version \(record.previousVersion ?? "?")."
                end(.aborted, reason: Reason.aborted, message: message)
                events.append(PlannedEvent(.warning, reason: EventReason.aborted, action: "Rollout", message: message))
                return message
            case .retry:
                guard record.phase == .rolledBack || record.phase == .aborted || isHeld else {
                    return "Nothing to retry: the rollout is \(record.phase.rawValue)."
                }
                record = RolloutState.fresh(input, now: now, requests: record.requests)
                evaluation = nil
                let message = "Retrying the rollout of version \(record.version) from the first step."
                events.append(PlannedEvent(.normal, reason: EventReason.retried, action: "Rollout", message: message))
                return message
            case .promote:
                guard record.phase.isActive else { return "Nothing to promote: the rollout is \(record.phase.rawValue)." }
                let message: String
                if request.isFullPromotion {
                    message = "Promoted by request at \(stepLabel), skipping the steps left."
                    complete(reason: Reason.promotedByRequest, message: message)
                } else {
                    message = "The hold of \(stepLabel) was skipped by request."
                    advance(reason: Reason.promotedByRequest)
                }
                events.append(PlannedEvent(.normal, reason: EventReason.promotedByRequest, action: "Rollout", message: message))
                return message
            }
        }

        // MARK: Analysis

        private mutating func judge(_ evaluation: RolloutEvaluation) {
            guard let spec = input.spec.analysis, var analysis = record.analysis else { return }
            analysis.evaluations += 1
            analysis.results = evaluation.results
            analysis.lastEvaluationTime = evaluation.time
            let verdict = evaluation.verdict
            switch verdict {
            case .pass:
                analysis.consecutiveInconclusive = 0
            case .fail:
                analysis.failures += 1
                analysis.consecutiveInconclusive = 0
            case .inconclusive:
                analysis.consecutiveInconclusive += 1
            }
            record.analysis = analysis
            if verdict == .fail, analysis.failures > spec.failureLimit {
                let failing = evaluation.results.filter { $0.verdict == .fail }
                fail(
                    reason: Reason.analysisFailed,
                    cause: "Monitor \(analysis.monitor) failed version \(record.version) at \(stepLabel) "
                        + "(\(analysis.failures) failed evaluation\(analysis.failures == 1 ? "" : "s"), "
                        + "\(spec.failureLimit) tolerated): "
                        + Self.describe(failing))
            } else if verdict == .inconclusive, let limit = spec.inconclusiveLimit, analysis.consecutiveInconclusive > limit {
                fail(
                    reason: Reason.analysisInconclusive,
                    cause: "Monitor \(analysis.monitor) could not judge version \(record.version) at \(stepLabel) "
                        + "in \(analysis.consecutiveInconclusive) evaluations in a row (\(limit) tolerated): "
                        + Self.describe(evaluation.results.filter { $0.verdict != .pass }))
            }
        }

        static func describe(_ results: [MetricResult]) -> String {
            guard !results.isEmpty else { return "the Monitor has no checks" }
            return results.prefix(3).map { "\($0.name): \($0.message ?? $0.verdict.rawValue)" }.joined(separator: "; ")
                + (results.count > 3 ? "; and \(results.count - 3) more" : "")
        }

        private mutating func fail(reason: String, cause: String) {
            switch input.spec.failurePolicy {
            case .rollback:
                let message = cause + ". Traffic is back on version \(record.previousVersion ?? "?")."
                end(.rolledBack, reason: reason, message: message)
                events.append(PlannedEvent(.warning, reason: EventReason.rolledBack, action: "Rollout", message: message))
            case .pause:
                let message = cause + ". The rollout holds (failurePolicy Pause): promote, abort or retry it."
                record.phase = .paused
                record.reason = Reason.analysisFailed
                record.message = message
                events.append(PlannedEvent(.warning, reason: EventReason.analysisFailed, action: "Rollout", message: message))
            }
        }

        // MARK: Steps

        /// The step's pods are up, its hold is over, and the analysis (if any) passed since it
        /// began. Past the last step (promotion), the candidate's pods being up is enough.
        private var stepIsOver: Bool {
            guard let start = record.stepStartTime else { return false }
            guard let step = currentStep else { return true }
            if input.spec.analysis != nil {
                guard let analysis = record.analysis, let last = analysis.lastEvaluationTime, last >= start,
                    RolloutEvaluation(time: last, results: analysis.results ?? []).verdict == .pass
                else { return false }
            }
            switch step.hold {
            case let .pause(pause): return now.date >= start.date.addingTimeInterval(pause.timeInterval)
            case .untilPromoted: return false
            case .none: return true
            }
        }

        /// To the next step; past the last, to the promotion (the candidate comes up to its full
        /// count, traffic as the last step had it); past that, promoted.
        private mutating func advance(reason: String) {
            let next = record.step + 1
            guard next <= record.steps else {
                complete(
                    reason: reason,
                    message: reason == Reason.promoted
                        ? "Version \(record.version) passed every step and serves all traffic."
                        : "Version \(record.version) was promoted by request and serves all traffic.")
                return
            }
            record.step = next
            if next < record.steps { record.weight = steps[Int(next)].weight }
            record.stepStartTime = nil
            record.phase = .progressing
            record.reason = nil
        }

        private mutating func complete(reason: String, message: String) {
            record.weight = 100
            record.step = record.steps
            end(.completed, reason: reason, message: message)
            record.scaleDownTime = KubeTime(now.date.addingTimeInterval(input.spec.scaleDownDelay.duration.timeInterval))
        }

        private mutating func end(_ phase: RolloutPhase, reason: String, message: String) {
            record.phase = phase
            record.reason = reason
            record.message = message
            record.completionTime = now
            record.stepStartTime = nil
        }

        /// The phase, reason and message of an active, unheld rollout, and when to look again.
        private mutating func settle() {
            guard record.phase.isActive, !isHeld else { return }
            guard let step = currentStep else {
                set(.progressing, Reason.promoting,
                    "Version \(record.version) passed every step; it takes all traffic once all its pods are up.")
                return
            }
            guard let start = record.stepStartTime else {
                set(.progressing, Reason.waitingForPods, "Version \(record.version) is at \(stepLabel): waiting for its pods.")
                return
            }
            if let interval = input.analysisInterval {
                let last = max(start.date, record.analysis?.lastEvaluationTime?.date ?? start.date)
                earliest(KubeTime(last.addingTimeInterval(interval.timeInterval)))
            }
            if let analysis = record.analysis, let last = analysis.lastEvaluationTime, last >= start,
                RolloutEvaluation(time: last, results: analysis.results ?? []).verdict == .inconclusive
            {
                set(.paused, Reason.analysisInconclusive,
                    "Version \(record.version) holds at \(stepLabel): Monitor \(analysis.monitor) cannot judge it "
                        + "(\(Self.describe((analysis.results ?? []).filter { $0.verdict != .pass }))). "
                        + "It is not promoted without a verdict.")
                return
            }
            switch step.hold {
            case .untilPromoted:
                set(.paused, Reason.waitingForPromotion,
                    "Version \(record.version) holds at \(stepLabel) until promoted (kubectl baton rollout promote, "
                        + "or the baton.dev/promote annotation).")
            case let .pause(pause):
                let end = KubeTime(start.date.addingTimeInterval(pause.timeInterval))
                if now < end { earliest(end) }
                set(.progressing, Reason.stepRunning,
                    "Version \(record.version) is at \(stepLabel) until \(end)"
                        + (input.spec.analysis == nil ? "." : " and a passing analysis."))
            case .none:
                set(.progressing, Reason.stepRunning,
                    "Version \(record.version) is at \(stepLabel)"
                        + (input.spec.analysis == nil ? "." : " until the analysis passes."))
            }
        }

        private mutating func set(_ phase: RolloutPhase, _ reason: String, _ message: String) {
            if record.phase != phase {
                let paused = phase == .paused
                events.append(PlannedEvent(
                    .normal, reason: paused ? EventReason.paused : EventReason.resumed, action: "Rollout", message: message))
            }
            record.phase = phase
            record.reason = reason
            record.message = message
        }

        private mutating func earliest(_ time: KubeTime) {
            wake = wake.map { min($0, time) } ?? time
        }
    }
}

extension RolloutStatus {
    /// Whether this request (action and value) was acted on already.
    func hasHandled(_ request: RolloutRequest) -> Bool {
        requests?.first { $0.action == request.action }?.value == request.value
    }

    /// Records the request as handled, replacing the last one of its kind.
    mutating func acknowledge(_ request: RolloutRequest, at time: KubeTime, message: String) {
        var handled = (requests ?? []).filter { $0.action != request.action }
        handled.append(RolloutRequestStatus(action: request.action, value: request.value, time: time, message: message))
        requests = handled.sorted { $0.action.rawValue < $1.action.rawValue }
    }

    /// Held for a person after a failed analysis (`failurePolicy: Pause`).
    var isHeld: Bool { phase == .paused && reason == RolloutState.Reason.analysisFailed }

    /// Whether the analysis runs now: an active, unheld rollout at a step whose traffic is in
    /// place (not yet at the promotion past the last step).
    var isJudging: Bool { phase.isActive && !isHeld && stepStartTime != nil && step < steps }
}
