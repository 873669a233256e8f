import Foundation
import KubeCore
import Testing

/// `kubectl baton rollout …`: the real kubectl runs the built `baton` as its plugin (a
/// `kubectl-baton` link on kubectl's PATH) against the real `baton dev` and its operator.
@Suite(.serialized) struct RolloutPluginTests {
    /// A Canary whose first step has no pause, so a new version holds there for a person.
    static func model(version: String) -> String {
        """
        apiVersion: baton.dev/v1alpha1
        kind: Model
        metadata: {name: canary}
        spec:
          version: "\(version)"
          owner: team-risk
          artifact: {uri: "s3://ml-models/canary/\(version)"}
          serving: {runtime: MLServer, replicas: 2}
          rollout:
            strategy: Canary
            steps: [{weight: 50}, {weight: 100}]
        """
    }

    func withPlugin(_ arguments: [String] = [], _ body: (Kubectl) async throws -> Void) async throws {
        try await withBatonDevAndPlugin(arguments, body)
    }

    /// Version 1.0.0 served, then 1.1.0 held at its first step (50 %) until promoted.
    func holdSecondVersion(_ kubectl: Kubectl) async throws {
        try await kubectl.apply(Self.model(version: "1.0.0"))
        try await kubectl.succeed(["wait", "--for=condition=Ready", "model/canary", "--timeout=120s"])
        try await kubectl.apply(Self.model(version: "1.1.0"))
        try await kubectl.succeed([
            "wait", "--for=jsonpath={.status.rollout.reason}=WaitingForPromotion", "model/canary", "--timeout=120s",
        ])
    }

    static func expectFits(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for line in text.split(separator: "\n") {
            #expect(line.count <= 80, "longer than 80 columns: \(line)", sourceLocation: sourceLocation)
        }
    }

    @Test func statusShowsTheTreeAndPromoteIsAcknowledgedAndMovesTheRolloutOn() async throws {
        try await withPlugin { kubectl in
            try await kubectl.apply(Self.model(version: "1.0.0"))
            try await kubectl.succeed(["wait", "--for=condition=Ready", "model/canary", "--timeout=120s"])
            let serving = try await kubectl.succeed(["baton", "rollout", "status", "canary"])
            #expect(serving.hasPrefix("Model canary (default): Serving\n"), "\(serving)")
            #expect(serving.contains("├─ strategy   Canary, router Replicas"), "\(serving)")
            #expect(serving.contains("└─ rollout    none: version 1.0.0 serves and there is no rollout"), "\(serving)")

            try await kubectl.apply(Self.model(version: "1.1.0"))
            try await kubectl.succeed([
                "wait", "--for=jsonpath={.status.rollout.reason}=WaitingForPromotion", "model/canary", "--timeout=120s",
            ])
            let held = try await kubectl.succeed(["baton", "rollout", "status", "canary"])
            Self.expectFits(held)
            for expected in [
                "├─ stable     1.0.0, weight 50%", "├─ canary     1.1.0, weight 50%", "└─ rollout    1.1.0 from 1.0.0: Paused",
                "   ├─ step       1 of 2, weight 50%", "   ├─ reason     WaitingForPromotion", "   └─ message    Version 1.1.0 holds",
            ] {
                #expect(held.contains(expected), "no \"\(expected)\" in:\n\(held)")
            }
            let report = try JSONParser().parse(Data(try await kubectl.succeed(["baton", "rollout", "status", "canary", "-o", "json"]).utf8))
            #expect(report[path: ["rollout", "phase"]] == "Paused", "\(report)")
            #expect(report[path: ["serving", "canaryVersion"]] == "1.1.0", "\(report)")
            let yaml = try await kubectl.succeed(["baton", "rollout", "status", "canary", "-o", "yaml"])
            #expect(yaml.contains("reason: WaitingForPromotion"), "\(yaml)")

            let promoted = try await kubectl.run(["baton", "rollout", "promote", "canary"])
            #expect(promoted.succeeded, "\(promoted.stderr)")
            #expect(promoted.stdout.contains("skipped by request"), "\(promoted.stdout)")
            let model = try await kubectl.json(["model", "canary"])
            let request = model[path: ["status", "rollout", "requests"]]?.arrayValue?.first { $0["action"] == "Promote" }
            #expect(request?["message"]?.stringValue.map { promoted.stdout.contains($0) } == true, "\(request ?? nil)")
            // The value is the time with fractional seconds, and the operator took the annotation away.
            let value = request?["value"]?.stringValue ?? ""
            #expect(value.contains(".") && value.hasSuffix("Z") && (try? KubeMicroTime(rfc3339: value)) != nil, "\(value)")
            #expect(model[path: ["metadata", "annotations", "baton.dev/promote"]] == nil)

            // The last step (weight 100) is the promotion: the watch ends with it, status 0.
            let watched = try await kubectl.run(["baton", "rollout", "status", "canary", "--watch"], timeout: .seconds(120))
            #expect(watched.status == 0, "\(watched.stdout)\n\(watched.stderr)")
            #expect(watched.stdout.contains("└─ rollout    1.1.0 from 1.0.0: Completed"), "\(watched.stdout)")
            let history = try await kubectl.succeed(["baton", "rollout", "history", "canary"])
            Self.expectFits(history)
            #expect(history.hasPrefix("VERSION  OUTCOME"), "\(history)")
            #expect(history.split(separator: "\n").contains { $0.hasPrefix("1.1.0") && $0.contains("Promoted") }, "\(history)")
        }
    }

    @Test func abortIsAcknowledgedAndEndsTheWatchWithStatusOne() async throws {
        try await withPlugin { kubectl in
            try await holdSecondVersion(kubectl)
            let watch = try await kubectl.start(["baton", "rollout", "status", "canary", "--watch"])
            let first = await watch.line { $0.contains("└─ rollout") }
            #expect(first?.contains("1.1.0 from 1.0.0: Paused") == true, "\(watch.output)")

            let aborted = try await kubectl.run(["baton", "rollout", "abort", "canary"])
            #expect(aborted.succeeded, "\(aborted.stderr)")
            #expect(aborted.stdout.contains("Aborted by request"), "\(aborted.stdout)")
            #expect(try await kubectl.jsonpath("{.status.rollout.phase}", ["model", "canary"]) == "Aborted")

            let status = await watch.exit()
            #expect(status?.shellStatus == 1, "\(watch.output)\n\(watch.errorOutput)")
            #expect(watch.output.contains("└─ rollout    1.1.0 from 1.0.0: Aborted"), "\(watch.output)")
            #expect(watch.errorOutput.contains("ended Aborted"), "\(watch.errorOutput)")
            let shown = try await kubectl.succeed(["baton", "rollout", "status", "canary"])
            #expect(shown.contains("├─ stable     1.0.0, weight 100%"), "\(shown)")
            #expect(shown.contains("   ├─ reason     Aborted"), "\(shown)")
        }
    }

    @Test func errorsAreOneLineAndExitOne() async throws {
        try await withPlugin(["--no-operator"]) { kubectl in
            let missing = try await kubectl.run(["baton", "rollout", "status", "nosuch"])
            #expect(missing.status == 1)
            #expect(missing.stderr == "error: Model \"nosuch\" not found in namespace \"default\"\n", "\(missing.stderr)")
            let elsewhere = try await kubectl.run(["baton", "rollout", "history", "nosuch", "-n", "risk"])
            #expect(elsewhere.status == 1)
            #expect(elsewhere.stderr == "error: Model \"nosuch\" not found in namespace \"risk\"\n", "\(elsewhere.stderr)")
            let unreachable = try await kubectl.run(["baton", "rollout", "status", "canary", "--kubeconfig", "/nonexistent/config"])
            #expect(unreachable.status == 1)
            #expect(unreachable.stderr.hasPrefix("error: cannot load the kubeconfig"), "\(unreachable.stderr)")
            #expect(unreachable.stderr.split(separator: "\n").count == 1, "\(unreachable.stderr)")

            // No operator to answer: the request times out, says so, and is taken back.
            try await kubectl.apply(Self.model(version: "1.0.0"))
            let unanswered = try await kubectl.run(["baton", "rollout", "promote", "canary", "--full", "--timeout", "2s"])
            #expect(unanswered.status == 1)
            #expect(unanswered.stderr.contains("did not acknowledge the promote request"), "\(unanswered.stderr)")
            #expect(unanswered.stderr.contains("is the operator running?"), "\(unanswered.stderr)")
            #expect(unanswered.stderr.split(separator: "\n").count == 1, "\(unanswered.stderr)")
            let annotations = try await kubectl.json(["model", "canary"])[path: ["metadata", "annotations"]]
            #expect(annotations?["baton.dev/promote"] == nil, "\(annotations ?? nil)")
        }
    }
}
