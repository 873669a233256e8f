import Foundation
import KubeCore
import Subprocess
import TestSupport
import Testing

/// `baton operator` as its own process against `baton dev --no-operator`: restart safety,
/// leader election hand-over, JSON logs.
@Suite(.serialized) struct OperatorCommandTests {
    static func startOperator(_ kubeconfig: String, _ extra: [String] = []) async throws -> LiveProcess {
        try await BatonBinary.start([
            "operator", "--kubeconfig", kubeconfig, "--metrics-bind-address", "127.0.0.1:0",
            "--health-probe-bind-address", "127.0.0.1:0",
        ] + extra)
    }

    /// A flag that cannot be used stops the operator before it starts, naming the flag.
    @Test func aBadFlagIsRefusedNamingIt() async throws {
        let process = try await BatonBinary.start(["operator", "--sync-period", "soon"])
        let exit = await process.exit()
        #expect(exit == .exited(64), "usage error")
        #expect(process.errorOutput.contains("--sync-period: \"soon\" is not a duration"), "\(process.errorOutput)")
    }

    @Test func anOperatorKilledMidTrainingResumesWithoutASecondJob() async throws {
        try await withBatonDev(["--no-operator"]) { kubectl, _, _ in
            let first = try await Self.startOperator(kubectl.kubeconfig, ["--log-format", "text"])
            // Training runs 20 s: the operator is killed as soon as the Job exists, well inside it.
            try await kubectl.apply(ModelLifecycleTests.churn(version: "1.0.0").replacingOccurrences(
                of: "dev.baton.dev/duration: 1s", with: "dev.baton.dev/duration: 20s"))
            var jobs: [String] = []
            for _ in 0..<240 where jobs.isEmpty {
                jobs = try await kubectl.names(["jobs", "-l", "baton.dev/model=churn"])
                if jobs.isEmpty { try await Task.sleep(for: .milliseconds(250)) }
            }
            #expect(jobs.count == 1)
            // The status is written just after the Job.
            var phase = ""
            for _ in 0..<40 where phase != "Training" {
                phase = try await kubectl.jsonpath("{.status.phase}", ["model", "churn"])
                if phase != "Training" { try await Task.sleep(for: .milliseconds(250)) }
            }
            #expect(phase == "Training")
            // Killed outright, as a node failure or an OOM kill would.
            kill(first.processIdentifier, SIGKILL)
            _ = await first.exit()

            let second = try await Self.startOperator(kubectl.kubeconfig, ["--log-format", "text"])
            try await kubectl.succeed(["wait", "--for=condition=Ready", "model/churn", "--timeout=120s"])
            #expect(try await kubectl.names(["jobs", "-l", "baton.dev/model=churn"]) == ["job.batch/churn-1-0-0-train"])
            let model = try await kubectl.json(["model", "churn"])
            #expect(model[path: ["status", "training", "metrics", "accuracy"]] == 0.94)
            await second.stop()
        }
    }

    @Test func aStandbyTakesOverWhenTheLeaderStops() async throws {
        try await withBatonDev(["--no-operator"]) { kubectl, _, _ in
            let leaderArguments = ["--leader-elect", "--leader-election-namespace", "default"]
            let leader = try await Self.startOperator(kubectl.kubeconfig, leaderArguments)
            let holder = { try await kubectl.jsonpath("{.spec.holderIdentity}", ["lease", "baton-operator"]) }
            var first = ""
            for _ in 0..<100 where first.isEmpty {
                first = (try? await kubectl.run(["get", "lease", "baton-operator", "-o", "jsonpath={.spec.holderIdentity}"]).stdout) ?? ""
                if first.isEmpty { try await Task.sleep(for: .milliseconds(200)) }
            }
            try #require(!first.isEmpty, "the first operator took no lease")
            let standby = try await Self.startOperator(kubectl.kubeconfig, leaderArguments)
            try await Task.sleep(for: .seconds(3))
            #expect(try await holder() == first, "a live lease is not taken")

            kill(leader.processIdentifier, SIGTERM)
            let exit = await leader.exit()
            #expect(exit == .exited(0), "\(String(describing: exit)): \(leader.errorOutput)")
            // Released on shutdown: the standby takes over within a few retry periods, not a lease duration.
            let start = ContinuousClock.now
            var second = first
            while second == first || second.isEmpty, ContinuousClock.now - start < .seconds(12) {
                try await Task.sleep(for: .milliseconds(200))
                second = try await holder()
            }
            #expect(second != first && !second.isEmpty, "the standby did not take over")

            try await kubectl.apply(ModelLifecycleTests.churn(version: "1.0.0"))
            try await kubectl.succeed(["wait", "--for=condition=Ready", "model/churn", "--timeout=120s"])

            // JSON logs by default: every stderr line is an object with ts, level and msg.
            let lines = leader.errorOutput.split(separator: "\n")
            #expect(!lines.isEmpty)
            for line in lines {
                let entry = try? JSONParser().parse(Array(line.utf8))
                #expect(entry?["msg"]?.stringValue != nil && entry?["level"] != nil && entry?["ts"] != nil, "\(line)")
            }
            #expect(lines.contains { $0.contains("released the leader lease") }, "\(leader.errorOutput)")
            await standby.stop()
        }
    }

    /// The judged case of a hung API server: the leader's connection stops answering (nothing
    /// closes, nothing errs) for 30 s. It must stop acting within its renew deadline (10 s), before
    /// the standby may take the lease (15 s unrenewed), and the standby, taking over a converged
    /// Model, writes none of its children again.
    @Test func aLeaderCutOffFromTheAPIServerStopsBeforeAStandbyTakesOver() async throws {
        try await withBatonDev(["--no-operator"]) { kubectl, _, directory in
            let kubeconfig = try String(contentsOfFile: kubectl.kubeconfig, encoding: .utf8)
            let server = try #require(kubeconfig.split(separator: "\n").first { $0.contains("server: https://127.0.0.1:") })
            let upstream = try #require(Int(server.split(separator: ":").last ?? ""))
            let proxy = try StallingProxy(upstreamPort: upstream)
            defer { proxy.stop() }
            let proxied = directory.appendingPathComponent("proxied-kubeconfig").path
            try kubeconfig.replacingOccurrences(of: "127.0.0.1:\(upstream)", with: "127.0.0.1:\(proxy.port)")
                .write(toFile: proxied, atomically: true, encoding: .utf8)

            let leaderArguments = ["--leader-elect", "--leader-election-namespace", "default", "--log-format", "text"]
            let leader = try await Self.startOperator(proxied, leaderArguments)
            try await kubectl.apply(ModelLifecycleTests.churn(version: "1.0.0"))
            try await kubectl.succeed(["wait", "--for=condition=Ready", "model/churn", "--timeout=120s"])
            let holder = { (try? await kubectl.jsonpath("{.spec.holderIdentity}", ["lease", "baton-operator"])) ?? "" }
            let first = await holder()
            let children = { try await kubectl.run(["get", "jobs,deployments,services", "-l", "baton.dev/model=churn",
                                                    "-o", "jsonpath={range .items[*]}{.metadata.uid}/{.metadata.resourceVersion} {end}"]).stdout }
            let before = try await children()
            let standby = try await Self.startOperator(kubectl.kubeconfig, leaderArguments)

            proxy.stall()
            let stalledAt = ContinuousClock.now
            // When the lease changes hands, watched from the start of the stall.
            let takeover = Task {
                while ContinuousClock.now - stalledAt < .seconds(40) {
                    let current = await holder()
                    if !current.isEmpty, current != first { return ContinuousClock.now - stalledAt }
                    try? await Task.sleep(for: .milliseconds(200))
                }
                return Duration.seconds(999)
            }
            let exit = await leader.exit()
            let stoppedAfter = ContinuousClock.now - stalledAt
            let takenAfter = await takeover.value
            #expect(exit != nil && exit != .exited(0), "a leader that lost its lease exits with an error")
            #expect(leader.errorOutput.contains("lost the leader lease"), "\(leader.errorOutput)")
            #expect(stoppedAfter < .seconds(14), "stopped within the renew deadline (10 s) and a margin: \(stoppedAfter)")
            #expect(stoppedAfter < takenAfter, "the old leader stopped before the standby took over")
            // The standby counts 15 s from the last renewal it saw, which was up to a retry
            // period (2 s) before the stall.
            #expect(takenAfter >= .seconds(13) && takenAfter < .seconds(30), "taken over once the lease lapsed: \(takenAfter)")
            // The standby reconciles the converged Model once more and writes no child again.
            try await Task.sleep(for: .seconds(3))
            #expect(try await children() == before)
            #expect(try await kubectl.names(["jobs", "-l", "baton.dev/model=churn"]) == ["job.batch/churn-1-0-0-train"])
            await standby.stop()
        }
    }

    @Test func kustomizeManifestsApplyToBatonDev() async throws {
        try await withBatonDev(["--no-operator"]) { kubectl, _, _ in
            let root = PackageRoot.url.appendingPathComponent("manifests").path
            try await kubectl.succeed(["apply", "-k", root])
            // Twice: applying the same manifests again changes nothing and fails nothing.
            let again = try await kubectl.succeed(["apply", "-k", root])
            #expect(!again.contains("created"), "\(again)")
            let deployment = try await kubectl.json(["deployment", "baton-operator", "-n", "baton-system"])
            let container = deployment[path: ["spec", "template", "spec", "containers"]]?[0]
            #expect(container?[path: ["securityContext", "readOnlyRootFilesystem"]] == true)
            #expect(container?[path: ["securityContext", "allowPrivilegeEscalation"]] == false)
            #expect(try await kubectl.names(["clusterrole", "baton-operator"]) == ["clusterrole.rbac.authorization.k8s.io/baton-operator"])
            let budget = try await kubectl.json(["poddisruptionbudget", "baton-operator", "-n", "baton-system"])
            #expect(budget[path: ["spec", "maxUnavailable"]] == 1)
            let policy = try await kubectl.json(["networkpolicy", "baton-operator", "-n", "baton-system"])
            #expect(policy[path: ["spec", "policyTypes"]] == ["Ingress", "Egress"])
            // And uninstalls: the namespace goes first, and its objects are still there to delete.
            try await kubectl.succeed(["delete", "-k", root, "--timeout=60s"])
            #expect(try await kubectl.names(["clusterroles", "-l", "app.kubernetes.io/name=baton"]).isEmpty)
            #expect(try await kubectl.run(["get", "namespace", "baton-system"]).stderr.contains("not found"))
        }
    }
}
