import Synchronization

/// kube-apiserver's `--max-requests-inflight` / `--max-mutating-requests-inflight`: requests
/// beyond the limit get 429 with Retry-After rather than queueing without bound. Watches are
/// long-running and not counted, as there.
public final class InFlightLimit: Sendable {
    /// kube-apiserver's defaults.
    public static let defaultReadOnly = 400
    public static let defaultMutating = 200

    private let readOnlyLimit: Int
    private let mutatingLimit: Int
    private let counts = Mutex((readOnly: 0, mutating: 0))

    init(readOnly: Int = defaultReadOnly, mutating: Int = defaultMutating) {
        readOnlyLimit = readOnly
        mutatingLimit = mutating
    }

    /// Takes a slot; false when the limit is reached.
    func acquire(mutating: Bool) -> Bool {
        counts.withLock { counts in
            if mutating {
                guard counts.mutating < mutatingLimit else { return false }
                counts.mutating += 1
            } else {
                guard counts.readOnly < readOnlyLimit else { return false }
                counts.readOnly += 1
            }
            return true
        }
    }

    func release(mutating: Bool) {
        counts.withLock { counts in
            if mutating { counts.mutating -= 1 } else { counts.readOnly -= 1 }
        }
    }
}
