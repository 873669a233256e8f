/// Makes the cluster match one object's desired state. Called with a key, never an event: it
/// reads the object and its children from caches and computes everything from them, so a
/// missed or repeated event cannot leave it wrong (level-triggered).
public protocol Reconciler: Sendable {
    /// Throwing retries the key with per-key exponential backoff, unless the error is a
    /// `TerminalError`, which only a change to the object can fix.
    func reconcile(_ key: ObjectKey) async throws -> ReconcileResult
}

/// What a successful reconcile asks of the queue.
public struct ReconcileResult: Sendable, Equatable {
    /// Run again after this long even if nothing changes: how pauses, windows and intervals
    /// wait without sleeping in a worker.
    public var requeueAfter: Duration?

    public init(requeueAfter: Duration? = nil) {
        self.requeueAfter = requeueAfter
    }

    public static let done = ReconcileResult()
}

/// An error retrying cannot fix (a spec the operator cannot act on): the key is not retried
/// until the object changes. The reconciler should have reported it in a status condition.
public struct TerminalError: Error, Sendable, CustomStringConvertible {
    public var underlying: any Error

    public init(_ underlying: any Error) {
        self.underlying = underlying
    }

    public var description: String { "terminal: \(underlying)" }
}
