import Foundation
import Synchronization

/// Which Monitors are due for an evaluation: the memory of the last one per Monitor. Kept in
/// memory, not in status, so that an evaluation that changes nothing writes nothing; after a
/// restart every Monitor waits for its next slot (no burst), except one whose spec the status
/// has not caught up with.
final class EvaluationSchedule: Sendable {
    /// What the last evaluation measured, so that a change of spec or of served versions is
    /// evaluated at once rather than at the next slot.
    struct Evaluated: Sendable, Equatable {
        var time: Date
        var generation: Int64?
        var versions: [String]
    }

    private let last = Mutex<[String: Evaluated]>([:])

    /// Now when due, else the time of the next evaluation. A Monitor this schedule has not
    /// evaluated is due at once when its status does not show its spec or the version served
    /// (a new or edited Monitor, a Model that just started serving), and otherwise at its next
    /// slot, which is remembered as if the slot before had been an evaluation.
    func due(
        uid: String, generation: Int64?, status: (observedGeneration: Int64?, modelVersion: String?), versions: [String],
        slots: EvaluationSlots, now: Date
    ) -> Date {
        let previous = last.withLock { last in
            if last[uid] == nil, status.observedGeneration == generation, status.modelVersion == versions.first {
                last[uid] = Evaluated(
                    time: slots.next(after: now).addingTimeInterval(-slots.seconds), generation: generation, versions: versions)
            }
            return last[uid]
        }
        guard let previous, previous.generation == generation, previous.versions == versions else { return now }
        let next = slots.next(after: previous.time)
        return next <= now ? now : next
    }

    func record(uid: String, _ evaluated: Evaluated) {
        last.withLock { $0[uid] = evaluated }
    }

    func forget(uid: String) {
        last.withLock { _ = $0.removeValue(forKey: uid) }
    }
}
