import Foundation
import KubeCore
import TestSupport
import Testing

/// The Policy gate end to end, with the real kubectl against `baton dev`: an Enforce Policy
/// holds a version its approval does not name, the approval of that exact version lets it roll
/// out, and an Audit Policy only reports.
@Suite struct PolicyGateTests {
    static let policy = """
        apiVersion: baton.dev/v1alpha1
        kind: Policy
        metadata: {name: risk-rules}
        spec:
          modelSelector: {matchLabels: {team: risk}}
          requiredMetadata: [Owner]
          approval: {approvers: [alice, bob]}
        """

    static let model = """
        apiVersion: baton.dev/v1alpha1
        kind: Model
        metadata:
          name: scorer
          labels: {team: risk}
          annotations:
            dev.baton.dev/duration: 500ms
            baton.dev/approved-by: alice
            baton.dev/approved-version: "1.0.0"
        spec:
          version: "1.0.0"
          owner: team-risk
          training: {image: registry.example.com/scorer-train:1.0}
          serving: {runtime: MLServer, replicas: 1}
        """

    /// The Model, again until `accept` holds (or 60 s have passed: then the last one).
    private func until(_ kubectl: Kubectl, _ accept: (JSONValue) -> Bool) async throws -> JSONValue {
        let deadline = ContinuousClock.now + .seconds(60)
        var model = try await kubectl.json(["model", "scorer"])
        while !accept(model), ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(250))
            model = try await kubectl.json(["model", "scorer"])
        }
        #expect(accept(model), "\(model["status"] ?? nil)")
        return model
    }

    private func condition(_ model: JSONValue, _ type: String) -> JSONValue? {
        model[path: ["status", "conditions"]]?.arrayValue?.first { $0["type"] == .string(type) }
    }

    @Test func anEnforcedPolicyHoldsAnUnapprovedVersionUntilItIsApproved() async throws {
        try await withBatonDevAndPlugin { kubectl in
            try await kubectl.apply(Self.policy)
            try await kubectl.apply(Self.model)
            try await kubectl.succeed(["wait", "--for=condition=Ready", "model/scorer", "--timeout=90s"])
            try await kubectl.succeed(["wait", "--for=condition=PolicyCompliant", "model/scorer", "--timeout=30s"])

            // 2.0.0 trains, then is held: alice approved 1.0.0, not 2.0.0.
            try await kubectl.succeed(["patch", "model", "scorer", "--type=merge", "-p", #"{"spec":{"version":"2.0.0"}}"#])
            try await kubectl.succeed(["wait", "--for=jsonpath={.status.phase}=Gated", "model/scorer", "--timeout=60s"])
            let held = try await kubectl.json(["model", "scorer"])
            let compliant = condition(held, "PolicyCompliant")
            #expect(compliant?["status"] == "False" && compliant?["reason"] == "PolicyViolation")
            #expect(compliant?["message"]?.stringValue?.contains("the approval by alice is for version 1.0.0, not 2.0.0") == true)
            #expect(held[path: ["status", "serving", "stableVersion"]] == "1.0.0")
            #expect(held[path: ["status", "history"]]?.arrayValue?.last?["outcome"] == "Gated")
            #expect(try await kubectl.names(["deployments", "-l", "baton.dev/model=scorer,baton.dev/version=2.0.0"]).isEmpty)
            let events = try await kubectl.succeed(["get", "events", "--field-selector", "involvedObject.name=scorer"])
            #expect(events.contains("PolicyViolation"), "\(events)")

            // Someone who is not an approver approving changes nothing.
            let mallory = try await kubectl.succeed(["baton", "approve", "scorer", "2.0.0", "--approver", "mallory"])
            #expect(mallory.contains("Version 2.0.0 of Model scorer approved by mallory."))
            _ = try await until(kubectl) {
                condition($0, "PolicyCompliant")?["message"]?.stringValue?.contains("mallory approved version 2.0.0 but is not an approver") == true
            }
            #expect(try await kubectl.jsonpath("{.status.phase}", ["model", "scorer"]) == "Gated")

            // An approver's approval of 2.0.0 opens the gate at once (baton dev cannot say who
            // the caller is, so the approver names themselves).
            try await kubectl.succeed(["baton", "approve", "scorer", "2.0.0", "--approver", "bob"])
            try await kubectl.succeed([
                "wait", "--for=jsonpath={.status.serving.stableVersion}=2.0.0", "model/scorer", "--timeout=90s",
            ])
            #expect(condition(try await kubectl.json(["model", "scorer"]), "PolicyCompliant")?["status"] == "True")

            // Audit: the next version breaks a rule (no owner) and rolls out all the same, reported.
            try await kubectl.succeed(["patch", "policy", "risk-rules", "--type=merge", "-p", #"{"spec":{"enforcement":"Audit"}}"#])
            try await kubectl.succeed([
                "patch", "model", "scorer", "--type=merge", "-p", #"{"spec":{"version":"3.0.0","owner":null}}"#,
            ])
            try await kubectl.succeed([
                "wait", "--for=jsonpath={.status.serving.stableVersion}=3.0.0", "model/scorer", "--timeout=90s",
            ])
            let audited = condition(try await kubectl.json(["model", "scorer"]), "PolicyCompliant")
            #expect(audited?["status"] == "False" && audited?["reason"] == "AuditViolations", "\(audited ?? nil)")
            #expect(audited?["message"]?.stringValue?.contains("RequiredMetadata: spec.owner is not set") == true)
        }
    }
}
