import KubeClient
import KubeCore
import Logging

/// Runs a reconciler over a work queue with a fixed number of workers. Made by a
/// `ControllerBuilder`, run by the `Manager`.
public final class Controller: Sendable {
    public let name: String
    let queue: WorkQueue<ObjectKey>
    private let reconciler: any Reconciler
    let workers: Int
    private let metrics: ControllerMetrics?
    private let logger: Logger
    let intake = EventIntake()

    init(name: String, reconciler: any Reconciler, workers: Int, queue: WorkQueue<ObjectKey>,
         metrics: ControllerMetrics?, logger: Logger) {
        self.name = name
        self.reconciler = reconciler
        self.workers = workers
        self.queue = queue
        self.metrics = metrics
        var logger = logger
        logger[metadataKey: "controller"] = "\(name)"
        self.logger = logger
    }

    /// Takes a key from an informer's handler (handlers are synchronous; the queue is an actor,
    /// fed by `run`'s pump).
    func enqueue(_ key: ObjectKey, isInitial: Bool) {
        intake.add(key, priority: isInitial ? .initial : .live)
    }

    /// Runs the workers until the queue is shut down and they have finished what they hold,
    /// refreshing the queue's stuck-worker gauges meanwhile.
    func run() async {
        await withTaskGroup(of: Void.self) { refresh in
            refresh.addTask { [queue] in
                while (try? await Task.sleep(for: Self.unfinishedWorkPeriod)) != nil {
                    await queue.recordUnfinishedWork()
                }
            }
            refresh.addTask { [queue, intake] in await intake.pump(into: queue) }
            await withTaskGroup(of: Void.self) { group in
                for _ in 0..<workers {
                    group.addTask { await self.work() }
                }
            }
            refresh.cancelAll()
        }
        await queue.recordUnfinishedWork()
    }

    /// How often `workqueue_unfinished_work_seconds` and `..._longest_running_processor_seconds`
    /// are brought up to date (client-go's period).
    static let unfinishedWorkPeriod: Duration = .milliseconds(500)

    private func work() async {
        while let key = await queue.next() {
            metrics?.workerStarted()
            await reconcile(key)
            metrics?.workerFinished()
            await queue.done(key)
        }
    }

    private func reconcile(_ key: ObjectKey) async {
        let start = ContinuousClock.now
        do {
            let result = try await reconciler.reconcile(key)
            await queue.forget(key)
            if let delay = result.requeueAfter {
                await queue.addAfter(key, delay)
                metrics?.record(.requeueAfter, duration: .now - start)
            } else {
                metrics?.record(.success, duration: .now - start)
            }
        } catch let error as TerminalError {
            await queue.forget(key)
            metrics?.record(.error, terminal: true, duration: .now - start)
            logger.error("reconcile failed; not retrying until the object changes",
                         metadata: ["key": "\(key)", "error": "\(error.underlying)"])
        } catch where Task.isCancelled {
            // Shutting down: the reconcile was cut short on purpose, and the next leader lists
            // the object again.
        } catch {
            await queue.addRateLimited(key, notBefore: (error as? KubeAPIError)?.retryAfter)
            metrics?.record(.error, duration: .now - start)
            // A conflict is the optimistic-concurrency norm: the retry reads the newer object.
            let level: Logger.Level = if case KubeAPIError.conflict = error { .debug } else { .warning }
            let retries = await queue.retries(key)
            logger.log(level: level, "reconcile failed; retrying with backoff",
                       metadata: ["key": "\(key)", "error": "\(error)", "retries": "\(retries)"])
        }
    }
}
