import Foundation
import Testing

@testable import BatonControllers

/// Evaluation slots spread Monitors over their interval; the schedule evaluates at once only
/// what changed.
struct EvaluationScheduleTests {
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func slotsRecurEveryIntervalAtAFixedPhase() {
        let slots = EvaluationSlots(interval: .seconds(60), uid: "a")
        let first = slots.next(after: start)
        #expect(first > start && first <= start.addingTimeInterval(60))
        #expect(slots.next(after: first) == first.addingTimeInterval(60))
        #expect(slots.next(after: first.addingTimeInterval(-0.001)) == first)
        #expect(EvaluationSlots(interval: .seconds(60), uid: "a") == slots, "the phase is stable across restarts")
    }

    /// 10,000 Monitors at 1m: no second of the minute gets more than a small multiple of its
    /// fair share (about 167).
    @Test func tenThousandMonitorsSpreadOverTheMinute() {
        var perSecond = [Int](repeating: 0, count: 60)
        for index in 0..<10_000 {
            let next = EvaluationSlots(interval: .seconds(60), uid: UUID(uuidString: String(format: "00000000-0000-4000-8000-%012d", index))!.uuidString.lowercased())
                .next(after: start)
            perSecond[Int(next.timeIntervalSince(start)) % 60] += 1
        }
        #expect(perSecond.max()! < 260, "\(perSecond)")
        #expect(perSecond.min()! > 90, "\(perSecond)")
    }

    @Test func newOrEditedMonitorsAreDueAtOnceOthersAtTheirSlot() {
        let schedule = EvaluationSchedule()
        let slots = EvaluationSlots(interval: .seconds(30), uid: "m")
        let current = (observedGeneration: Int64?.some(1), modelVersion: String?.some("1"))
        #expect(schedule.due(uid: "m", generation: 1, status: (nil, nil), versions: ["1"], slots: slots, now: start) == start)
        #expect(schedule.due(uid: "m", generation: 1, status: (1, nil), versions: ["1"], slots: slots, now: start) == start,
            "a Model that just started serving")
        #expect(schedule.due(uid: "m", generation: 1, status: (1, "0"), versions: ["1"], slots: slots, now: start) == start,
            "another version than the status measured")

        schedule.record(uid: "m", .init(time: start, generation: 1, versions: ["1"]))
        let next = slots.next(after: start)
        #expect(schedule.due(uid: "m", generation: 1, status: current, versions: ["1"], slots: slots, now: start.addingTimeInterval(1))
            == next)
        #expect(schedule.due(uid: "m", generation: 1, status: current, versions: ["1"], slots: slots, now: next) == next)
        #expect(schedule.due(uid: "m", generation: 2, status: current, versions: ["1"], slots: slots, now: start) == start)
        #expect(schedule.due(uid: "m", generation: 1, status: current, versions: ["1", "2"], slots: slots, now: start) == start)
    }

    /// After a restart a Monitor whose status is current waits for its slot — and is due when
    /// the slot comes, however often it is reconciled before.
    @Test func afterARestartTheNextSlotComesAndIsDue() {
        let schedule = EvaluationSchedule()
        let slots = EvaluationSlots(interval: .seconds(30), uid: "m")
        let current = (observedGeneration: Int64?.some(1), modelVersion: String?.some("1"))
        let slot = slots.next(after: start)
        #expect(schedule.due(uid: "m", generation: 1, status: current, versions: ["1"], slots: slots, now: start) == slot)
        #expect(schedule.due(uid: "m", generation: 1, status: current, versions: ["1"], slots: slots, now: start.addingTimeInterval(0.5)) == slot)
        #expect(schedule.due(uid: "m", generation: 1, status: current, versions: ["1"], slots: slots, now: slot) == slot)
        schedule.forget(uid: "m")
        #expect(schedule.due(uid: "m", generation: 1, status: current, versions: ["1"], slots: slots, now: slot) == slots.next(after: slot))
    }
}
