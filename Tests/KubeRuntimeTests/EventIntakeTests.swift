import KubeCore
import Testing

@testable import KubeRuntime

/// The intake between informer handlers and a controller's work queue holds one entry per
/// key however many events name it, hands keys over in order of first arrival, and its pump
/// ends with the task that runs it.
struct EventIntakeTests {
    static func key(_ name: String) -> ObjectKey { ObjectKey(namespace: "default", name: name) }

    @Test func repeatsOfAKeyAreOneEntryInFirstArrivalOrder() async {
        let intake = EventIntake()
        for name in ["a", "b", "a", "c", "b", "a"] { intake.add(Self.key(name), priority: .live) }
        #expect(intake.count == 3, "bounded by distinct keys, not by events")
        let queue = WorkQueue<ObjectKey>()
        let pump = Task { await intake.pump(into: queue) }
        var order: [String] = []
        for _ in 0..<3 {
            if let key = await queue.next() { order.append(key.name) }
        }
        #expect(order == ["a", "b", "c"])
        #expect(intake.count == 0)
        pump.cancel()
        await pump.value
    }

    @Test func aLiveEventRaisesAKeyFirstSeenInAList() async {
        let intake = EventIntake()
        intake.add(Self.key("listed"), priority: .initial)
        intake.add(Self.key("other"), priority: .initial)
        intake.add(Self.key("listed"), priority: .live)
        let queue = WorkQueue<ObjectKey>()
        let pump = Task { await intake.pump(into: queue) }
        #expect(await queue.next()?.name == "listed", "live ahead of initial")
        pump.cancel()
        await pump.value
    }

    @Test func thePumpEndsWhenItsTaskIsCancelled() async {
        let intake = EventIntake()
        let pump = Task { await intake.pump(into: WorkQueue<ObjectKey>()) }
        pump.cancel()
        await pump.value
        // Keys added after the pump ended wait; nothing runs them.
        intake.add(Self.key("late"), priority: .live)
        #expect(intake.count == 1)
    }
}
