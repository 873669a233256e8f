import BatonAPI
import Foundation
import KubeCore
import KubeRuntime
import PolicyEngine
import Testing

@testable import BatonControllers

/// The Policy's report from the Models it selects: counts, results in order and cut, Events
/// on transitions only, and no write when nothing changed.
struct PolicyPlannerTests {
    /// Requires an owner of the Models labelled `tier: prod` in `risk`.
    static func policy(
        _ name: String = "prod-rules", enforcement: Enforcement = .enforce, selector: LabelSelector = LabelSelector(matchLabels: ["tier": "prod"]),
        windows: [DeploymentWindow]? = nil, generation: Int64 = 1, status: PolicyStatus? = nil
    ) -> Policy {
        Policy(
            metadata: ObjectMeta(name: name, namespace: "risk", uid: "uid-\(name)", generation: generation),
            spec: PolicySpec(
                modelSelector: selector, enforcement: enforcement, requiredMetadata: [.owner], deploymentWindows: windows),
            status: status)
    }

    /// A Model in `risk`, labelled `tier: prod` unless told, with an owner when `compliant`.
    static func model(_ name: String, compliant: Bool, version: String = "2.1.0", tier: String = "prod") -> Model {
        var model = Fixtures.model(name: name, version: version)
        model.metadata.labels = ["tier": tier]
        model.spec.owner = compliant ? "team-risk" : nil
        return model
    }

    static func observation(_ policy: Policy, _ models: [Model]) throws -> PolicyObservation {
        PolicyObservation(
            policy: policy,
            selection: PolicyReconciler.selection(
                of: policy, among: try models.map { try JSONValue(encoding: $0) }, configuration: Fixtures.configuration))
    }

    static func plan(_ policy: Policy, _ models: [Model], at date: Date = Fixtures.now) throws -> PolicyPlan {
        PolicyPlanner.plan(try observation(policy, models), now: date)
    }

    /// The Policy as it is once the plan's status is written.
    static func applied(_ plan: PolicyPlan, to policy: Policy) -> Policy {
        var policy = policy
        policy.status = plan.status
        return policy
    }

    @Test func summaryAndResultsCoverTheSelectedModels() throws {
        let models = [
            Self.model("churn", compliant: true), Self.model("fraud", compliant: false),
            Self.model("ads", compliant: true), Self.model("staging", compliant: false, tier: "dev"),
        ]
        let plan = try Self.plan(Self.policy(generation: 3), models)
        #expect(plan.status.summary == PolicySummary(pass: 2, fail: 1))
        let results = try #require(plan.status.results)
        #expect(results.map(\.modelRef.name) == ["fraud", "ads", "churn"], "violating first, then by name; staging is not selected")
        #expect(results.map(\.result) == [.fail, .pass, .pass])
        #expect(results.allSatisfy { $0.version == "2.1.0" && $0.time == Fixtures.nowTime })
        #expect(results[0].violations?.map(\.rule) == [.requiredMetadata])
        #expect(results[1].violations == nil)
        #expect(plan.status.observedGeneration == 3)
        let ready = try #require(plan.status.conditions?.condition(ofType: PolicyConditions.ready))
        #expect(ready.status == .true && ready.reason == "Evaluated" && ready.observedGeneration == 3)
        #expect(ready.message == "Evaluated 3 Models: 2 pass, 1 fail")
        #expect(plan.requeueAfter == nil, "no deployment windows: the watches suffice")
    }

    @Test func aSelectorMatchingNothingIsReadyWithNoResults() throws {
        let plan = try Self.plan(Self.policy(), [Self.model("staging", compliant: true, tier: "dev")])
        #expect(plan.status.summary == PolicySummary(pass: 0, fail: 0))
        #expect(plan.status.results == nil)
        let ready = try #require(plan.status.conditions?.condition(ofType: PolicyConditions.ready))
        #expect(ready.status == .true)
        #expect(ready.message.hasPrefix("Evaluated 0 Models: 0 pass, 0 fail"))
        #expect(plan.events.isEmpty)
    }

    /// The summary counts every selected Model; the results list 100, violating ones first.
    @Test func resultsAreCutAtTheLimitAndTheSummaryCountsAll() throws {
        let models = (0..<150).map { index in
            Self.model(String(format: "model-%03d", index), compliant: index % 5 == 0)
        }
        let plan = try Self.plan(Self.policy(), models)
        #expect(plan.status.summary == PolicySummary(pass: 30, fail: 120))
        let results = try #require(plan.status.results)
        #expect(results.count == PolicyStatus.resultsLimit)
        #expect(results.allSatisfy { $0.result == .fail })
        let failing = models.map { $0.metadata.name ?? "" }.enumerated().filter { $0.offset % 5 != 0 }.map(\.element)
        #expect(results.map(\.modelRef.name) == Array(failing.prefix(100)))
        #expect(plan.status.conditions?.condition(ofType: PolicyConditions.ready)?.message
            == "Evaluated 150 Models: 30 pass, 120 fail; status.results lists the first 100, violating ones first")
        #expect(plan.events.count == 100, "one Event per listed Model that starts violating, none for those cut")

        // 20 violating Models were cut, so one missing from the results may have been one of
        // them: it gets no Event.
        let next = try Self.plan(Self.applied(plan, to: Self.policy()), models + [Self.model("model-000a", compliant: false)])
        #expect(next.status.results?.map(\.modelRef.name).contains("model-000a") == true)
        #expect(next.events.isEmpty)
    }

    /// Planning again with nothing changed plans the status there is, however much later:
    /// each result keeps the time its result last changed.
    @Test func anUnchangedResultKeepsItsTimeAndNothingIsWritten() throws {
        let models = [Self.model("churn", compliant: true), Self.model("fraud", compliant: false)]
        let first = try Self.plan(Self.policy(), models)
        let policy = Self.applied(first, to: Self.policy())
        let later = Fixtures.now.addingTimeInterval(600)
        let again = try Self.plan(policy, models, at: later)
        #expect(again.status == policy.status, "no status write")
        #expect(again.events.isEmpty)

        // fraud gets an owner: its result and time change, churn's stays as it was.
        let fixed = [models[0], Self.model("fraud", compliant: true)]
        let changed = try Self.plan(policy, fixed, at: later)
        let results = try #require(changed.status.results)
        #expect(results.map(\.modelRef.name) == ["churn", "fraud"])
        #expect(results[0].time == Fixtures.nowTime)
        #expect(results[1].time == KubeTime(later) && results[1].result == .pass)
    }

    @Test func eventsTellOfModelsStartingAndStoppingToViolate() throws {
        let compliant = [Self.model("churn", compliant: true), Self.model("fraud", compliant: true)]
        let first = try Self.plan(Self.policy(), compliant)
        #expect(first.events.isEmpty, "compliant Models are no news")
        var policy = Self.applied(first, to: Self.policy())

        let violating = try Self.plan(policy, [compliant[0], Self.model("fraud", compliant: false)])
        #expect(violating.events.count == 1)
        let warning = try #require(violating.events.first)
        #expect(warning.type == .warning && warning.reason == "PolicyViolation")
        #expect(warning.message.hasPrefix("Model fraud version 2.1.0 violates the Policy (Enforce;"))
        #expect(warning.message.contains("RequiredMetadata: "))
        policy = Self.applied(violating, to: policy)

        // Still violating with a new version: no transition, no Event; the result is new.
        let bumped = try Self.plan(policy, [compliant[0], Self.model("fraud", compliant: false, version: "2.2.0")],
            at: Fixtures.now.addingTimeInterval(60))
        #expect(bumped.events.isEmpty)
        #expect(bumped.status.results?.first?.version == "2.2.0")
        #expect(bumped.status.results?.first?.time == KubeTime(Fixtures.now.addingTimeInterval(60)))
        policy = Self.applied(bumped, to: policy)

        let passing = try Self.plan(policy, [compliant[0], Self.model("fraud", compliant: true, version: "2.2.0")])
        #expect(passing.events == [
            PlannedEvent(.normal, reason: "Compliant", action: "Evaluate", message: "Model fraud version 2.2.0 complies with the Policy again"),
        ])

        // A Model leaving the selection is no transition either.
        let gone = try Self.plan(policy, [compliant[0]])
        #expect(gone.events.isEmpty)
        #expect(gone.status.summary == PolicySummary(pass: 1, fail: 0))
    }

    /// A selector the schema let through but that does not parse: Ready=False naming the
    /// problem, one Warning, and it selects nothing.
    @Test func anInvalidSelectorIsShownAndSelectsNothing() throws {
        let selector = LabelSelector(matchExpressions: [LabelSelectorRequirement(key: "tier", operator: "Equals", values: ["prod"])])
        let previous = try Self.plan(Self.policy(), [Self.model("fraud", compliant: false)])
        let policy = Self.applied(previous, to: Self.policy(selector: selector, generation: 2))
        let plan = try Self.plan(policy, [Self.model("fraud", compliant: false)])
        let ready = try #require(plan.status.conditions?.condition(ofType: PolicyConditions.ready))
        #expect(ready.status == .false && ready.reason == "InvalidSelector" && ready.observedGeneration == 2)
        #expect(ready.message.contains("spec.modelSelector does not parse") && ready.message.contains("\"Equals\""))
        #expect(plan.status.summary == PolicySummary(pass: 0, fail: 0) && plan.status.results == nil)
        #expect(plan.status.observedGeneration == 2)
        #expect(plan.events.map(\.reason) == ["InvalidSelector"] && plan.events.first?.type == .warning)

        let again = try Self.plan(Self.applied(plan, to: policy), [Self.model("fraud", compliant: false)], at: Fixtures.now.addingTimeInterval(60))
        #expect(again.status == plan.status && again.events.isEmpty)
    }

    /// Enforcement decides what the Model controller's gate does, not what is reported: Audit
    /// and Enforce Policies report the same results.
    @Test func auditAndEnforcePoliciesBothReport() throws {
        let models = [Self.model("churn", compliant: true), Self.model("fraud", compliant: false)]
        let enforced = try Self.plan(Self.policy("enforced", enforcement: .enforce), models)
        let audited = try Self.plan(Self.policy("audited", enforcement: .audit), models)
        #expect(enforced.status == audited.status)
        #expect(audited.status.summary == PolicySummary(pass: 1, fail: 1))
        #expect(audited.events.first?.message.contains("(Audit; nothing is held)") == true)
        #expect(enforced.events.first?.message.contains("(Enforce; a version not serving yet is held at Gated)") == true)
    }

    /// A window opening changes results with time alone: a Policy with windows looks again at
    /// the next minute's turn, and the opening is reported then.
    @Test func aDeploymentWindowIsLookedAtEachMinute() throws {
        // Fixtures.now is Friday 2027-01-15 08:00 UTC, on a minute's turn.
        let window = DeploymentWindow(days: [.friday], start: "08:01", end: "09:00")
        let policy = Self.policy(windows: [window])
        let models = [Self.model("churn", compliant: true)]
        let closed = try Self.plan(policy, models)
        #expect(closed.status.results?.first?.violations?.map(\.rule) == [.deploymentWindows])
        #expect(closed.requeueAfter == .seconds(60))
        let later = try Self.plan(Self.applied(closed, to: policy), models, at: Fixtures.now.addingTimeInterval(15.25))
        #expect(later.requeueAfter == .milliseconds(44_750))
        #expect(later.status == closed.status && later.events.isEmpty)

        let opened = try Self.plan(Self.applied(closed, to: policy), models, at: Fixtures.now.addingTimeInterval(60))
        #expect(opened.status.results?.first?.result == .pass)
        #expect(opened.status.results?.first?.time == KubeTime(Fixtures.now.addingTimeInterval(60)))
        #expect(opened.events.map(\.reason) == ["Compliant"])

        #expect(try Self.plan(policy, []).requeueAfter == nil, "no Model selected: nothing to look at")
    }
}
