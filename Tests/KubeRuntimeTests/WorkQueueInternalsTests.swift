import Testing

@testable import KubeRuntime

/// The two containers behind `WorkQueue`, where stale entries are skipped rather than searched
/// for: they must never surface, and must not pile up.
@Suite struct WorkQueueInternalsTests {
    @Test func raisedKeysLeaveNoTraceInTheInitialLine() {
        var items = WorkQueueReadyItems<Int>(liveBurst: 4)
        for key in 0..<100 { items.insert(key, priority: .initial, addedAt: .zero) }
        for key in stride(from: 0, to: 100, by: 2) { items.insert(key, priority: .live, addedAt: .zero) }
        #expect(items.count == 100)
        var popped: [Int] = []
        while let (key, _) = items.popFirst() { popped.append(key) }
        #expect(popped.count == 100)
        #expect(Set(popped) == Set(0..<100))
        #expect(items.count == 0)
    }

    @Test func aKeyKeepsItsFirstAddTime() {
        var items = WorkQueueReadyItems<String>(liveBurst: 4)
        items.insert("a", priority: .initial, addedAt: .seconds(1))
        items.insert("a", priority: .live, addedAt: .seconds(5))
        #expect(items.popFirst()?.addedAt == .seconds(1))
    }

    @Test func movedDeadlinesAreSkippedAndCompacted() {
        var delayed = WorkQueueDelayedItems<String>()
        for offset in (1...1_000).reversed() { delayed.schedule("a", at: .seconds(offset)) }
        delayed.schedule("b", at: .seconds(2))
        delayed.remove("b")
        #expect(delayed.count == 1)
        #expect(delayed.earliestDeadline() == .seconds(1))
        #expect(delayed.popDue(at: .milliseconds(999)) == nil)
        #expect(delayed.popDue(at: .seconds(2_000)) == "a")
        #expect(delayed.popDue(at: .seconds(2_000)) == nil)
        #expect(delayed.earliestDeadline() == nil)
    }
}
