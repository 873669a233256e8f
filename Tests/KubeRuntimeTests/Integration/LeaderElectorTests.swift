import KubeClient
import KubeCore
import TestSupport
import Testing

@testable import KubeRuntime

@Suite struct LeaderElectorTests {
    static func elector(_ fixture: DevClusterFixture, _ identity: String) -> LeaderElector {
        var configuration = LeaderElectionConfiguration(leaseName: "baton-test", namespace: "default", identity: identity)
        // Short periods keep the test quick; the algorithm is the same.
        configuration.leaseDuration = .seconds(3)
        configuration.renewDeadline = .seconds(2)
        configuration.retryPeriod = .milliseconds(200)
        return LeaderElector(client: fixture.client, configuration: configuration, logger: testLogger)
    }

    @Test func oneLeadsOthersWaitAndReleaseHandsOver() async throws {
        try await withDevCluster { fixture in
            let first = Self.elector(fixture, "first")
            let second = Self.elector(fixture, "second")
            try await first.acquire()
            #expect(first.isLeader)
            let lease = try await fixture.resource("coordination.k8s.io", "v1", "leases").get("baton-test")
            #expect(lease[path: ["spec", "holderIdentity"]] == "first")
            #expect(lease[path: ["spec", "leaseDurationSeconds"]] == 3)

            // A live lease is not taken, however often the standby tries.
            #expect(await second.tryAcquireOrRenew() == false)
            #expect(await second.tryAcquireOrRenew() == false)

            let standby = Task { try await second.acquire() }
            try await Task.sleep(for: .milliseconds(500))
            await first.release()
            #expect(!first.isLeader)
            // Released: taken over in about one retry period, not a lease duration.
            let start = ContinuousClock.now
            try await standby.value
            #expect(second.isLeader)
            #expect(ContinuousClock.now - start < .seconds(3))
            let taken = try await fixture.resource("coordination.k8s.io", "v1", "leases").get("baton-test")
            #expect(taken[path: ["spec", "holderIdentity"]] == "second")
        }
    }

    @Test func anUnrenewedLeaseIsTakenAfterItsDuration() async throws {
        try await withDevCluster { fixture in
            let first = Self.elector(fixture, "first")
            try await first.acquire()
            // `first` stops renewing (a crashed leader); `second` waits one lease duration.
            let second = Self.elector(fixture, "second")
            #expect(await second.tryAcquireOrRenew() == false)
            try await second.acquire()
            let lease = try await fixture.resource("coordination.k8s.io", "v1", "leases").get("baton-test")
            #expect(lease[path: ["spec", "holderIdentity"]] == "second")
            #expect(lease[path: ["spec", "leaseTransitions"]] == 1)
        }
    }

    @Test func aLeaderThatCannotRenewStops() async throws {
        try await withDevCluster { fixture in
            let first = Self.elector(fixture, "first")
            try await first.acquire()
            // Someone else takes the lease by force: renewals fail, and leading must end.
            var lease = try await fixture.resource("coordination.k8s.io", "v1", "leases").get("baton-test")
            lease["spec"]?["holderIdentity"] = "usurper"
            lease["spec"]?["leaseDurationSeconds"] = 3600
            _ = try await fixture.resource("coordination.k8s.io", "v1", "leases").update(lease)
            await #expect(throws: LeadershipLost.self) { try await first.renewWhileLeading() }
            #expect(!first.isLeader)
        }
    }
}
