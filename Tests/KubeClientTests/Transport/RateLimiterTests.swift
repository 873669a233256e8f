import TestSupport
import Foundation
import KubeCore
import Testing

@testable import KubeClient

@Suite struct RateLimiterTests {
    private func instant(_ duration: Duration) -> ManualClock.Instant { .init(offset: duration) }

    @Test func aFullBucketLetsABurstThroughWithoutWaiting() async throws {
        let clock = ManualClock()
        let limiter = RateLimiter(qps: 2, burst: 5, clock: clock)
        for _ in 0..<5 { try await limiter.acquire() }
        #expect(clock.sleepingDeadlines.isEmpty)
    }

    @Test func anEmptyBucketMakesTheNextCallerWaitOneInterval() async throws {
        let clock = ManualClock()
        let limiter = RateLimiter(qps: 4, burst: 2, clock: clock)
        try await limiter.acquire()
        try await limiter.acquire()
        let waiter = Task { try await limiter.acquire() }
        try await clock.waitForSleepers(1)
        #expect(clock.sleepingDeadlines == [instant(.milliseconds(250))])
        clock.advance(by: .milliseconds(249))
        #expect(clock.sleepingDeadlines.count == 1, "still waiting just before its token is due")
        clock.advance(by: .milliseconds(1))
        try await waiter.value
        #expect(clock.sleepingDeadlines.isEmpty)
    }

    @Test func waitersAreServedInOrderOneIntervalApart() async throws {
        let clock = ManualClock()
        let limiter = RateLimiter(qps: 10, burst: 1, clock: clock)
        try await limiter.acquire()
        let first = Task { try await limiter.acquire() }
        try await clock.waitForSleepers(1)
        let second = Task { try await limiter.acquire() }
        try await clock.waitForSleepers(2)
        #expect(clock.sleepingDeadlines == [instant(.milliseconds(100)), instant(.milliseconds(200))])
        clock.advance(by: .milliseconds(200))
        try await first.value
        try await second.value
    }

    @Test func tokensRefillWithTimeButNeverAboveTheBurst() async throws {
        let clock = ManualClock()
        let limiter = RateLimiter(qps: 1, burst: 3, clock: clock)
        for _ in 0..<3 { try await limiter.acquire() }
        clock.advance(by: .seconds(60))  // would be 60 tokens without the cap
        for _ in 0..<3 { try await limiter.acquire() }
        #expect(clock.sleepingDeadlines.isEmpty)
        let waiter = Task { try await limiter.acquire() }
        try await clock.waitForSleepers(1)
        #expect(clock.sleepingDeadlines == [instant(.seconds(61))])
        clock.advance(by: .seconds(1))
        try await waiter.value
    }

    @Test func aCancelledWaiterGivesItsTokenBack() async throws {
        let clock = ManualClock()
        let limiter = RateLimiter(qps: 1, burst: 1, clock: clock)
        try await limiter.acquire()
        let cancelled = Task { try await limiter.acquire() }
        try await clock.waitForSleepers(1)
        cancelled.cancel()
        await #expect(throws: CancellationError.self) { try await cancelled.value }
        // The cancelled reservation was for t=1s; the next caller takes that slot, not t=2s.
        let next = Task { try await limiter.acquire() }
        try await clock.waitForSleepers(1)
        #expect(clock.sleepingDeadlines == [instant(.seconds(1))])
        clock.advance(by: .seconds(1))
        try await next.value
    }

    @Test func aBurstBelowOneIsTakenAsOne() async throws {
        let clock = ManualClock()
        let limiter = RateLimiter(qps: 1, burst: 0, clock: clock)
        #expect(await limiter.burst == 1)
        try await limiter.acquire()
        #expect(clock.sleepingDeadlines.isEmpty)
    }
}

/// The limiter as the client applies it, over HTTP.
extension RateLimiterTests {
    @Suite struct ThroughTheClient {
        private let pods = GroupVersionResource(group: "", version: "v1", resource: "pods")

        @Test(arguments: [nil, 0, -1, Double.nan, Double.infinity] as [Double?])
        func withoutAPositiveQPSThereIsNoLimiter(qps: Double?) throws {
            var configuration = ClientConfiguration(server: try #require(URL(string: "http://127.0.0.1:1")))
            configuration.qps = qps
            let client = KubeAPIClient(
                configuration: configuration, transport: try CurlTransport(), credentialProvider: StaticCredentialProvider.none)
            #expect(client.rateLimiter == nil)
        }

        @Test func theClientSpacesRequestsAtTheConfiguredQPS() async throws {
            try await withAPIServer(
                configure: {
                    $0.qps = 20
                    $0.burst = 1
                }, handler: { _ in .json("{}") }
            ) { server, client in
                let clock = ContinuousClock()
                let start = clock.now
                for _ in 0..<6 { _ = try await client.resource(pods, namespace: "default").get("web-0") }
                // One token at once, then one every 50 ms: five waits.
                #expect(clock.now - start >= .milliseconds(240))
                #expect(server.requests.count == 6)
            }
        }

        @Test func aWatchTakesOneTokenHoweverManyEventsItCarries() async throws {
            let events = (1...50).map { #"{"type":"ADDED","object":{"metadata":{"name":"p\#($0)"}}}"# + "\n" }
            try await withAPIServer(
                configure: {
                    $0.qps = 1
                    $0.burst = 1
                }, handler: { _ in .chunked(chunks: events.map { TestResponse.Chunk($0) }) }
            ) { _, client in
                let clock = ContinuousClock()
                let start = clock.now
                var count = 0
                for try await _ in try await client.resource(pods).watch() { count += 1 }
                #expect(count == 50)
                // At one request per second, a token per event would take 49 s.
                #expect(clock.now - start < .seconds(20))
            }
        }
    }
}
