import Foundation
import KubeClient
import KubeCore
import Logging
import Metrics
import Synchronization

/// client-go's lease lock: one process at a time holds the Lease and runs the controllers;
/// standbys keep their caches warm and take over once the lease has gone unrenewed for a
/// lease duration — or at once when the leader releases it on shutdown.
///
/// Expiry is judged by this process's own clock from when it last saw the record change, not
/// by the timestamps in the lease, so clock skew between nodes cannot steal a live lease.
public final class LeaderElector: Sendable {
    public let configuration: LeaderElectionConfiguration
    private let leases: ResourceClient
    private let logger: Logger
    private let status: Gauge

    private let clock: RuntimeClock
    private let state = Mutex(State())

    private struct State {
        /// The holder and renew time last read, and when (by `clock.now()`) this process read them.
        var observed: (holder: String, renewTime: String, at: Duration)?
        /// When the last attempt that succeeded started: the lease's renewTime is no earlier.
        var lastRenewal: Duration?
        var isLeader = false
    }

    /// - Parameters:
    ///   - metricsFactory: where `leader_election_master_status{name}` is recorded; by default
    ///     the process's swift-metrics factory (no-op unless the application bootstrapped one).
    ///   - clock: wall time for the lease's timestamps, monotonic time for expiry, the renew
    ///     deadline and the pauses between attempts.
    public init(
        client: KubeAPIClient, configuration: LeaderElectionConfiguration,
        metricsFactory: any MetricsFactory = MetricsSystem.factory, clock: RuntimeClock = .system, logger: Logger
    ) {
        self.configuration = configuration
        self.clock = clock
        leases = client.resource(APIResource.leases.resource, namespace: configuration.namespace)
        self.logger = logger
        // client-go's gauge: 1 while this process holds the lease, 0 while it stands by.
        status = Gauge(
            label: "leader_election_master_status", dimensions: [("name", configuration.leaseName)],
            factory: metricsFactory)
        status.record(0)
    }

    public var isLeader: Bool { state.withLock { $0.isLeader } }

    /// Returns once this process holds the lease; throws `CancellationError` if cancelled first.
    public func acquire() async throws {
        logger.info("waiting for the leader lease", metadata: ["lease": "\(configuration.namespace)/\(configuration.leaseName)"])
        while !(await tryAcquireOrRenew()) {
            try await clock.sleep(for: jittered(configuration.retryPeriod))
        }
        setLeader(true)
        logger.info("acquired the leader lease", metadata: ["identity": "\(configuration.identity)"])
    }

    /// Renews every retry period while leading; returns when cancelled. Throws `LeadershipLost`
    /// once the renew deadline has passed since the last successful renewal: an attempt still
    /// under way then (a GET or PUT the server does not answer) is cancelled, and this process
    /// stops leading. The caller must stop reconciling: with `renewDeadline < leaseDuration`
    /// it has stopped before any standby can judge the lease expired (client-go's renew loop).
    public func renewWhileLeading() async throws {
        var lastRenewal = state.withLock { $0.lastRenewal } ?? clock.now()
        while true {
            let deadline = lastRenewal + configuration.renewDeadline
            do {
                try await clock.sleepUntil(min(clock.now() + configuration.retryPeriod, deadline))
            } catch {
                return
            }
            if clock.now() < deadline, let renewed = await renew(before: deadline) {
                // The deadline moves with the renewal, even one that finished just past the old one.
                lastRenewal = renewed
                continue
            }
            if Task.isCancelled { return }
            if clock.now() >= deadline {
                setLeader(false)
                logger.error("could not renew the leader lease within the renew deadline; stopping",
                             metadata: ["renewDeadline": "\(configuration.renewDeadline)"])
                throw LeadershipLost(lease: configuration.leaseName, identity: configuration.identity)
            }
        }
    }

    /// One renewal attempt, cancelled at `deadline` if it has not finished by then (the
    /// transport aborts the request). Returns when the attempt started if it succeeded.
    private func renew(before deadline: Duration) async -> Duration? {
        let clock = self.clock
        let start = clock.now()
        return await withTaskGroup(of: Bool.self) { group in
            group.addTask { await self.tryAcquireOrRenew() }
            group.addTask {
                try? await clock.sleepUntil(deadline)
                return false
            }
            let renewed = await group.next() ?? false
            group.cancelAll()
            return renewed ? start : nil
        }
    }

    /// Gives the lease up so a standby takes over within one retry period instead of a lease
    /// duration (client-go's ReleaseOnCancel): the holder is cleared and the duration set to 1 s.
    public func release() async {
        guard isLeader else { return }
        setLeader(false)
        do {
            let lease = try await leases.get(configuration.leaseName)
            guard lease[path: ["spec", "holderIdentity"]]?.stringValue == configuration.identity else { return }
            var released = lease
            let now = JSONValue.string(KubeMicroTime(clock.date()).rfc3339)
            released["spec"]?["holderIdentity"] = nil
            released["spec"]?["leaseDurationSeconds"] = 1
            released["spec"]?["renewTime"] = now
            released["spec"]?["acquireTime"] = now
            _ = try await leases.update(released)
            logger.info("released the leader lease")
        } catch {
            logger.warning("could not release the leader lease; a standby takes over when it expires",
                           metadata: ["error": "\(error)"])
        }
    }

    /// One attempt, as client-go's tryAcquireOrRenew: create the lease if absent, take it if
    /// it is free or expired, renew it if held; false when another live holder has it or the
    /// write lost a race.
    func tryAcquireOrRenew() async -> Bool {
        let start = clock.now()
        let now = clock.date()
        let microNow = JSONValue.string(KubeMicroTime(now).rfc3339)
        let durationSeconds = JSONValue.integer(configuration.leaseDuration.components.seconds)
        do {
            let lease: JSONValue
            do {
                lease = try await leases.get(configuration.leaseName)
            } catch KubeAPIError.notFound {
                let created: JSONValue = [
                    "apiVersion": "coordination.k8s.io/v1", "kind": "Lease",
                    "metadata": ["name": .string(configuration.leaseName), "namespace": .string(configuration.namespace)],
                    "spec": [
                        "holderIdentity": .string(configuration.identity), "leaseDurationSeconds": durationSeconds,
                        "acquireTime": microNow, "renewTime": microNow, "leaseTransitions": 0,
                    ],
                ]
                _ = try await leases.create(created)
                state.withLock { $0.lastRenewal = start }
                return true
            }
            let holder = lease[path: ["spec", "holderIdentity"]]?.stringValue ?? ""
            let renewTime = lease[path: ["spec", "renewTime"]]?.stringValue ?? ""
            let heldFor = Duration.seconds(lease[path: ["spec", "leaseDurationSeconds"]]?.intValue ?? 0)
            let observedAt = state.withLock { state -> Duration in
                if let observed = state.observed, observed.holder == holder, observed.renewTime == renewTime {
                    return observed.at
                }
                let now = clock.now()
                state.observed = (holder, renewTime, now)
                return now
            }
            if !holder.isEmpty, holder != configuration.identity, clock.now() < observedAt + heldFor {
                return false
            }
            var updated = lease
            let transitions = lease[path: ["spec", "leaseTransitions"]]?.intValue ?? 0
            // Every change of holder counts, a take-over after a release (empty holder) too, as
            // client-go counts it.
            if holder != configuration.identity {
                updated["spec"]?["acquireTime"] = microNow
                updated["spec"]?["leaseTransitions"] = .integer(transitions + 1)
            }
            updated["spec"]?["holderIdentity"] = .string(configuration.identity)
            updated["spec"]?["leaseDurationSeconds"] = durationSeconds
            updated["spec"]?["renewTime"] = microNow
            // The PUT carries the resourceVersion read: a race with another candidate is a 409.
            _ = try await leases.update(updated)
            state.withLock { state in
                state.observed = (configuration.identity, KubeMicroTime(now).rfc3339, clock.now())
                state.lastRenewal = start
            }
            return true
        } catch {
            logger.debug("lease attempt failed", metadata: ["error": "\(error)"])
            return false
        }
    }

    private func setLeader(_ leading: Bool) {
        state.withLock { $0.isLeader = leading }
        status.record(leading ? 1 : 0)
    }

    /// client-go waits retryPeriod × [1, 1.2) between attempts, so candidates spread out.
    private func jittered(_ period: Duration) -> Duration {
        period * Double.random(in: 1.0..<1.2)
    }
}

/// The leader could not renew its lease within the renew deadline. Another process may be
/// leading already, so this one must stop (controller-runtime exits).
public struct LeadershipLost: Error, CustomStringConvertible {
    public var lease: String
    public var identity: String
    public var description: String { "lost the leader lease \(lease) (identity \(identity)): stopping" }
}
