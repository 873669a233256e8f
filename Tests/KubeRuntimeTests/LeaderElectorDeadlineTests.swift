import Foundation
import KubeClient
import KubeCore
import Synchronization
import TestSupport
import Testing

@testable import KubeRuntime

/// The renew deadline, driven by a manual clock over a scripted Lease API: exact to the
/// instant, with no server and no waiting.
@Suite(.timeLimit(.minutes(1))) struct LeaderElectorDeadlineTests {
    private let clock = ManualClock()
    private let api = LeaseAPI()

    /// client-go's periods: renewals every 2 s, a 10 s renew deadline, a 15 s lease.
    private func elector() -> LeaderElector {
        let client = KubeAPIClient(
            configuration: ClientConfiguration(server: URL(string: "https://lease.test")!), transport: api,
            credentialProvider: StaticCredentialProvider(), retryPolicy: RetryPolicy(maxRetries: 0))
        return LeaderElector(
            client: client, configuration: LeaderElectionConfiguration(leaseName: "lease", namespace: "default", identity: "me"),
            clock: RuntimeClock(clock, date: { [clock] in Date(timeIntervalSince1970: 1_800_000_000 + clock.now.offset.seconds) }),
            logger: testLogger)
    }

    /// Waits (briefly, in real time) until a task sleeps until `offset` on the manual clock.
    private func waitForSleeper(at offset: Duration) async throws {
        #expect(await eventually(timeout: .seconds(10)) {
            clock.sleepingDeadlines.contains(ManualClock.Instant(offset: offset))
        })
    }

    @Test func aHungRenewalIsCancelledAtTheRenewDeadlineAndLeadingStops() async throws {
        let elector = elector()
        try await elector.acquire()
        #expect(elector.isLeader)
        let leading = Task { try await elector.renewWhileLeading() }

        try await waitForSleeper(at: .seconds(2))
        api.hangWrites(true)
        clock.advance(by: .seconds(2))
        // The renewal's PUT hangs; its deadline is 10 s after the acquisition.
        try await waitForSleeper(at: .seconds(10))
        #expect(await eventually { api.hungWrites == 1 })
        clock.advance(by: .seconds(7.9))
        #expect(elector.isLeader)

        clock.advance(by: .milliseconds(100))
        await #expect(throws: LeadershipLost.self) { try await leading.value }
        #expect(!elector.isLeader)
        #expect(api.cancelledWrites == 1)
    }

    @Test func failingRenewalsAreRetriedUntilTheDeadlineAndNotBeyond() async throws {
        let elector = elector()
        try await elector.acquire()
        let leading = Task { try await elector.renewWhileLeading() }
        api.refuseWrites(true)
        for second in stride(from: 2, through: 8, by: 2) {
            try await waitForSleeper(at: .seconds(second))
            clock.advance(by: .seconds(2))
        }
        // Attempts at 2, 4, 6 and 8 s failed; the next pause ends at the deadline itself.
        #expect(await eventually { api.refusedWrites == 4 })
        try await waitForSleeper(at: .seconds(10))
        #expect(elector.isLeader)
        clock.advance(by: .seconds(2))
        await #expect(throws: LeadershipLost.self) { try await leading.value }
        #expect(api.refusedWrites == 4)
    }

    @Test func aSuccessfulRenewalMovesTheDeadline() async throws {
        let elector = elector()
        try await elector.acquire()
        let leading = Task { try await elector.renewWhileLeading() }
        defer { leading.cancel() }
        // Renewed at 2 s: the deadline moves from 10 s to 12 s.
        try await waitForSleeper(at: .seconds(2))
        clock.advance(by: .seconds(2))
        try await waitForSleeper(at: .seconds(4))
        #expect(api.refusedWrites == 0)
        api.refuseWrites(true)
        for second in stride(from: 4, through: 10, by: 2) {
            try await waitForSleeper(at: .seconds(second))
            clock.advance(by: .seconds(2))
        }
        #expect(await eventually { api.refusedWrites == 4 })
        try await waitForSleeper(at: .seconds(12))
        // At 10 s, past the first deadline, the attempt failed and the leader still leads.
        #expect(elector.isLeader)
        clock.advance(by: .seconds(2))
        await #expect(throws: LeadershipLost.self) { try await leading.value }
    }
}

/// One Lease behind a scripted API: GET returns it (404 before it exists), POST creates it,
/// PUT replaces it — or hangs until cancelled, or answers 500, when told to.
private final class LeaseAPI: HTTPTransport {
    private struct State {
        var lease: JSONValue?
        var version = 0
        var hangWrites = false
        var refuseWrites = false
        var hungWrites = 0
        var cancelledWrites = 0
        var refusedWrites = 0
    }

    private let state = Mutex(State())

    var hungWrites: Int { state.withLock { $0.hungWrites } }
    var cancelledWrites: Int { state.withLock { $0.cancelledWrites } }
    var refusedWrites: Int { state.withLock { $0.refusedWrites } }
    func hangWrites(_ hang: Bool) { state.withLock { $0.hangWrites = hang } }
    func refuseWrites(_ refuse: Bool) { state.withLock { $0.refuseWrites = refuse } }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        switch request.method {
        case "GET":
            guard let lease = state.withLock({ $0.lease }) else {
                return try Self.response(404, ["kind": "Status", "status": "Failure", "reason": "NotFound", "code": 404])
            }
            return try Self.response(200, lease)
        default:
            let (hang, refuse) = state.withLock { state in
                if state.hangWrites { state.hungWrites += 1 }
                if state.refuseWrites { state.refusedWrites += 1 }
                return (state.hangWrites, state.refuseWrites)
            }
            if hang {
                do {
                    while true { try await Task.sleep(for: .seconds(3600)) }
                } catch {
                    state.withLock { $0.cancelledWrites += 1 }
                    throw error
                }
            }
            if refuse {
                return try Self.response(500, ["kind": "Status", "status": "Failure", "reason": "InternalError", "code": 500])
            }
            var lease = try JSONParser().parse([UInt8](request.body ?? Data()))
            let stored = state.withLock { state in
                state.version += 1
                lease["metadata"]?["resourceVersion"] = .string("\(state.version)")
                state.lease = lease
                return lease
            }
            return try Self.response(request.method == "POST" ? 201 : 200, stored)
        }
    }

    func stream(_ request: HTTPRequest) async throws -> HTTPStreamingResponse {
        throw CancellationError()
    }

    private static func response(_ status: Int, _ body: JSONValue) throws -> HTTPResponse {
        HTTPResponse(status: status, headers: [("Content-Type", "application/json")], body: Data(try body.jsonBytes()))
    }
}

extension Duration {
    fileprivate var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
