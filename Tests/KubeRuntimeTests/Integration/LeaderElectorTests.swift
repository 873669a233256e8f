import Foundation
import KubeClient
import KubeCore
import Prometheus
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

    static func leases(_ fixture: DevClusterFixture) -> ResourceClient {
        fixture.resource("coordination.k8s.io", "v1", "leases")
    }

    @Test func oneLeadsOthersWaitAndReleaseHandsOver() async throws {
        try await withDevCluster { fixture in
            // A minute's lease: a take-over within seconds can only be the release's doing.
            var configuration = LeaderElectionConfiguration(leaseName: "baton-test", namespace: "default", identity: "first")
            configuration.leaseDuration = .seconds(60)
            configuration.renewDeadline = .seconds(40)
            configuration.retryPeriod = .milliseconds(200)
            let first = LeaderElector(client: fixture.client, configuration: configuration, logger: testLogger)
            configuration.identity = "second"
            let second = LeaderElector(client: fixture.client, configuration: configuration, logger: testLogger)
            try await first.acquire()
            #expect(first.isLeader)
            let lease = try await Self.leases(fixture).get("baton-test")
            #expect(lease[path: ["spec", "holderIdentity"]] == "first")
            #expect(lease[path: ["spec", "leaseDurationSeconds"]] == 60)
            #expect(lease[path: ["spec", "leaseTransitions"]] == 0)

            // A live lease is not taken, however often the standby tries.
            #expect(await second.tryAcquireOrRenew() == false)
            #expect(await second.tryAcquireOrRenew() == false)

            let standby = Task { try await second.acquire() }
            await first.release()
            #expect(!first.isLeader)
            let releasedAt = ContinuousClock.now
            try await standby.value
            #expect(second.isLeader)
            #expect(ContinuousClock.now - releasedAt < .seconds(30))
            let taken = try await Self.leases(fixture).get("baton-test")
            #expect(taken[path: ["spec", "holderIdentity"]] == "second")
            #expect(taken[path: ["spec", "leaseDurationSeconds"]] == 60)
            #expect(taken[path: ["spec", "leaseTransitions"]] == 1)
        }
    }

    @Test func aReleasedLeaseHasNoHolder() async throws {
        try await withDevCluster { fixture in
            let first = Self.elector(fixture, "first")
            try await first.acquire()
            await first.release()
            let released = try await Self.leases(fixture).get("baton-test")
            let holder = released[path: ["spec", "holderIdentity"]]?.stringValue ?? ""
            #expect(holder.isEmpty)
            #expect(released[path: ["spec", "leaseDurationSeconds"]] == 1)
        }
    }

    /// The leader reaches the API through a proxy that then stalls: its renewals hang instead
    /// of failing. It must stop leading at the renew deadline, cancelling the hung request,
    /// and before the standby (which reaches the API directly) judges the lease expired.
    @Test func aLeaderWhoseRenewalsHangStopsBeforeAStandbyTakesOver() async throws {
        try await withDevCluster { fixture in
            var clientConfiguration = try KubeConfigLoader(explicitPath: fixture.kubeconfigPath, environment: [:]).load()
            let proxy = try StallingProxy(upstreamPort: try #require(clientConfiguration.server.port))
            defer { proxy.stop() }
            var server = try #require(URLComponents(url: clientConfiguration.server, resolvingAgainstBaseURL: false))
            server.port = proxy.port
            clientConfiguration.server = try #require(server.url)
            let proxied = KubeAPIClient(
                configuration: clientConfiguration, transport: try CurlTransport(configuration: clientConfiguration),
                credentialProvider: clientConfiguration.credentialProvider(), retryPolicy: RetryPolicy(maxRetries: 0))

            var configuration = LeaderElectionConfiguration(leaseName: "baton-test", namespace: "default", identity: "first")
            // A renew deadline long enough that a loaded machine's slow (not stalled) renewal
            // does not end leading before the stall; the lease well beyond it.
            configuration.leaseDuration = .seconds(20)
            configuration.renewDeadline = .seconds(8)
            configuration.retryPeriod = .milliseconds(250)
            let registry = PrometheusCollectorRegistry()
            let first = LeaderElector(client: proxied, configuration: configuration, metricsFactory: metricsFactory(registry), logger: testLogger)
            configuration.identity = "second"
            let second = LeaderElector(client: fixture.client, configuration: configuration, logger: testLogger)

            try await first.acquire()
            let acquired = try await Self.leases(fixture).get("baton-test")[path: ["spec", "renewTime"]]
            let leading = Task { try await first.renewWhileLeading() }
            // Whether the first still led at the moment the second acquired.
            let standby = Task {
                try await second.acquire()
                return first.isLeader
            }
            // Renewals pass through the proxy until it stalls.
            #expect(await eventually {
                (try? await Self.leases(fixture).get("baton-test"))?[path: ["spec", "renewTime"]] != acquired
            })
            #expect(metricValue(registry, "leader_election_master_status") == 1)
            proxy.stall()
            let stalledAt = ContinuousClock.now

            await #expect(throws: LeadershipLost.self) { try await leading.value }
            #expect(!first.isLeader)
            #expect(metricValue(registry, "leader_election_master_status") == 0)
            // The deadline counts from the last renewal, which was before the stall; the margin
            // is for a loaded machine, and still short of the lease duration.
            #expect(ContinuousClock.now - stalledAt < configuration.renewDeadline + .seconds(3))

            #expect(try await standby.value == false)
            let taken = try await Self.leases(fixture).get("baton-test")
            #expect(taken[path: ["spec", "holderIdentity"]] == "second")
            #expect(taken[path: ["spec", "leaseTransitions"]] == 1)
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
            let lease = try await Self.leases(fixture).get("baton-test")
            #expect(lease[path: ["spec", "holderIdentity"]] == "second")
            #expect(lease[path: ["spec", "leaseTransitions"]] == 1)
        }
    }

    @Test func aLeaderThatCannotRenewStops() async throws {
        try await withDevCluster { fixture in
            let first = Self.elector(fixture, "first")
            try await first.acquire()
            // Someone else takes the lease by force: renewals fail, and leading must end.
            var lease = try await Self.leases(fixture).get("baton-test")
            lease["spec"]?["holderIdentity"] = "usurper"
            lease["spec"]?["leaseDurationSeconds"] = 3600
            _ = try await Self.leases(fixture).update(lease)
            await #expect(throws: LeadershipLost.self) { try await first.renewWhileLeading() }
            #expect(!first.isLeader)
        }
    }
}
