import Foundation
import KubeClient
import KubeCore
import Synchronization
import TestSupport
import Testing

@testable import KubeRuntime

/// A reconciler that throws is retried with the work queue's per-key backoff (5 ms, then
/// doubling), and one that throws a `TerminalError` is not, however much time passes. The
/// queue runs on a manual clock, so the test moves time instead of waiting for it.
@Suite struct ReconcileRetryTests {
    final class Failing: Reconciler {
        let terminal: Bool
        let calls = Mutex(0)

        init(terminal: Bool) {
            self.terminal = terminal
        }

        struct Broken: Error {}

        func reconcile(_ key: ObjectKey) async throws -> ReconcileResult {
            calls.withLock { $0 += 1 }
            throw terminal ? TerminalError(Broken()) : Broken()
        }

        var count: Int { calls.withLock { $0 } }
    }

    static func run(terminal: Bool, _ body: (Failing, ManualClock) async throws -> Void) async throws {
        try await withDevCluster { fixture in
            let clock = ManualClock()
            let manager = Manager(client: fixture.client, configuration: .init(namespace: "default"), clock: RuntimeClock(clock), logger: testLogger)
            let reconciler = Failing(terminal: terminal)
            try manager.controller("failing").for(.deployments).complete(reconciler)
            _ = try await fixture.deployments.create(deployment("web"))
            let run = Task { try await manager.run() }
            defer { run.cancel() }
            #expect(await eventually { reconciler.count == 1 })
            try await body(reconciler, clock)
        }
    }

    @Test func aFailingReconcileIsRetriedWithBackoff() async throws {
        try await Self.run(terminal: false) { reconciler, clock in
            // Not before its delay: 4 ms into a 5 ms backoff, nothing runs.
            try await clock.waitForSleepers(1)
            clock.advance(by: .milliseconds(4))
            try await Task.sleep(for: .milliseconds(200))
            #expect(reconciler.count == 1)
            var expected = 1
            for delay in [1, 10, 20, 40] {
                try await clock.waitForSleepers(1)
                clock.advance(by: .milliseconds(delay))
                expected += 1
                #expect(await eventually { reconciler.count == expected }, "retry \(expected - 1) after its delay")
            }
        }
    }

    @Test func aTerminalErrorIsNotRetried() async throws {
        try await Self.run(terminal: true) { reconciler, clock in
            for _ in 0..<10 { clock.advance(by: .seconds(100)) }
            try await Task.sleep(for: .milliseconds(500))
            #expect(reconciler.count == 1)
        }
    }
}
