import BatonAPI
import Foundation
import KubeCore
import KubeRuntime
import Testing

@testable import BatonControllers

/// The gate between training and rollout: Enforce Policies hold a violating version (the
/// stable one keeps serving), Audit Policies only report, a serving version is never held back.
struct PolicyGateTests {
    static func policy(
        _ name: String = "prod-rules", enforcement: Enforcement = .enforce, approvers: [String]? = ["alice"],
        minimumAccuracy: Quantity? = nil
    ) -> Policy {
        Policy(
            metadata: ObjectMeta(name: name, namespace: "risk", uid: "uid-\(name)", generation: 1),
            spec: PolicySpec(
                modelSelector: LabelSelector(), enforcement: enforcement,
                evaluationMetrics: minimumAccuracy.map { [MetricRequirement(name: "accuracy", thresholdRange: ThresholdRange(min: $0))] },
                approval: approvers.map { ApprovalRule(approvers: $0) }))
    }

    static func approve(_ life: inout Lifecycle, _ version: String, by approver: String = "alice") {
        life.observation.model.metadata.annotations = ["baton.dev/approved-by": approver, "baton.dev/approved-version": version]
    }

    /// 2.1.0 approved and serving under the Policy, then bumped to 2.2.0 and trained.
    static func bumpedAndTrained(_ policy: Policy = policy()) -> Lifecycle {
        var life = Lifecycle()
        life.observation.policies = [policy]
        approve(&life, "2.1.0")
        life.replan()
        life.trainingCompletes()
        life.deploymentBecomesAvailable()
        life.editSpec { $0.version = "2.2.0" }
        life.trainingCompletes(report: VersionRolloutTests.newReport)
        return life
    }

    @Test func anApprovedVersionRollsOutAndIsCompliant() throws {
        var life = Lifecycle()
        life.observation.policies = [Self.policy()]
        Self.approve(&life, "2.1.0")
        life.replan()
        life.trainingCompletes()
        life.deploymentBecomesAvailable()
        #expect(life.plan.status.phase == .serving)
        let compliant = try #require(life.plan.status.condition(ModelConditions.policyCompliant))
        #expect(compliant.status == .true && compliant.message == "Version 2.1.0 complies with Policy prod-rules.")
    }

    @Test func anEnforcedViolationHoldsTheVersionAndTheStableOneServes() throws {
        let life = Self.bumpedAndTrained()
        let plan = life.plan
        #expect(plan.status.phase == .gated)
        #expect(Fixtures.object(plan, kind: "Deployment", name: "fraud-detector-2-2-0") == nil, "no rollout starts")
        #expect(Fixtures.object(plan, kind: "Service", name: "fraud-detector")?[path: ["spec", "selector", "baton.dev/version"]] == "2.1.0")
        #expect(plan.status.serving?.stableVersion == "2.1.0" && plan.status.rollout == nil)
        let compliant = try #require(plan.status.condition(ModelConditions.policyCompliant))
        #expect(compliant.status == .false && compliant.reason == "PolicyViolation")
        #expect(compliant.message == "Version 2.2.0 is held: Policy prod-rules (Enforce): Approval: the approval by alice is "
            + "for version 2.1.0, not 2.2.0: one of alice must approve it (kubectl baton approve fraud-detector 2.2.0).")
        let ready = try #require(plan.status.condition(ModelConditions.ready))
        #expect(ready.reason == "PolicyViolation" && ready.message.hasSuffix("Version 2.1.0 serves meanwhile."))
        #expect(plan.status.condition(ModelConditions.progressing)?.reason == "Gated")
        #expect(plan.status.condition(ModelConditions.degraded)?.status == .false)
        #expect(plan.status.history?.last?.outcome == .gated && plan.status.history?.last?.version == "2.2.0")
        #expect(plan.events.contains { $0.reason == "PolicyViolation" && $0.type == .warning })
        life.expectIdempotent()
    }

    @Test func approvingTheVersionOpensTheGate() throws {
        var life = Self.bumpedAndTrained()
        life.observation = Fixtures.applying(life.plan, to: life.observation)
        Self.approve(&life, "2.2.0")
        life.replan()
        #expect(life.plan.status.phase == .rollingOut)
        #expect(Fixtures.object(life.plan, kind: "Deployment", name: "fraud-detector-2-2-0") != nil)
        #expect(life.plan.status.condition(ModelConditions.policyCompliant)?.status == .true)
        #expect(life.plan.events.contains { $0.reason == "PolicyCompliant" })
    }

    @Test func anAuditPolicyReportsAndHoldsNothing() throws {
        let life = Self.bumpedAndTrained(Self.policy(enforcement: .audit))
        #expect(life.plan.status.phase == .rollingOut)
        let compliant = try #require(life.plan.status.condition(ModelConditions.policyCompliant))
        #expect(compliant.status == .false && compliant.reason == "AuditViolations")
        #expect(compliant.message.hasSuffix("Audit only: nothing is held."))
    }

    @Test func aPolicyAddedLaterDoesNotTearDownWhatServes() throws {
        var life = Lifecycle()
        life.trainingCompletes()
        life.deploymentBecomesAvailable()
        life.observation.policies = [Self.policy(minimumAccuracy: "0.99")]
        life.reconcile()
        #expect(life.plan.status.phase == .serving)
        #expect(Fixtures.object(life.plan, kind: "Deployment", name: "fraud-detector-2-1-0") != nil)
        let compliant = try #require(life.plan.status.condition(ModelConditions.policyCompliant))
        #expect(compliant.reason == "ServingVersionViolates")
        #expect(compliant.message.contains("accuracy = 0.94 for version 2.1.0, below the minimum 0.99"))
        #expect(compliant.message.hasSuffix("It serves already and is not held back."))
    }

    @Test func aClosedWindowHoldsAndIsLookedAtAgain() throws {
        var policy = Self.policy(approvers: nil)
        // 2027-01-15 is a Friday; the window is Saturday only.
        policy.spec.deploymentWindows = [DeploymentWindow(days: [.saturday], start: "10:00", end: "12:00")]
        var life = Lifecycle()
        life.trainingCompletes()
        life.deploymentBecomesAvailable()
        life.observation.policies = [policy]
        life.editSpec { $0.version = "2.2.0" }
        life.trainingCompletes(report: VersionRolloutTests.newReport)
        #expect(life.plan.status.phase == .gated)
        #expect(life.plan.requeueAfter == .seconds(60))
    }

    @Test func withoutPoliciesThereIsNoComplianceCondition() {
        let life = Lifecycle.versionBumped()
        #expect(life.plan.status.condition(ModelConditions.policyCompliant) == nil)
    }
}
