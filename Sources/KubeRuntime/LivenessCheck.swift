/// What `/healthz` judges: whether the controllers still take work. Pure, over a snapshot the
/// `Manager` takes, so every rule is tested with made-up states and durations.
///
/// A failure is one line, `name reason`, for the probe's `[-]` list. The process is alive
/// unless one of these holds:
/// - an informer has gone `informerFailureThreshold` without a working list or watch;
/// - while leading, a controller's workers have ended although the manager still runs, or a
///   worker has held one key for `stuckWorkerThreshold`.
struct LivenessCheck: Sendable {
    var stuckWorkerThreshold: Duration
    var informerFailureThreshold: Duration

    struct InformerStatus: Sendable {
        var name: String
        /// `Informer.failingFor()`.
        var failingFor: Duration?
    }

    struct ControllerStatus: Sendable {
        var name: String
        /// The worker loop returned, and not because the manager is shutting down.
        var workersEnded: Bool
        /// `WorkQueue.longestInFlight`.
        var longestInFlight: Duration?
    }

    /// The failing checks, informers first, each list in the order given.
    func failures(informers: [InformerStatus], controllers: [ControllerStatus], isLeader: Bool) -> [String] {
        var failures: [String] = []
        for informer in informers {
            if let failing = informer.failingFor, failing >= informerFailureThreshold {
                failures.append(
                    "informer \(informer.name): no working list or watch for \(Self.seconds(failing))"
                        + " (threshold \(Self.seconds(informerFailureThreshold)))")
            }
        }
        // A standby's workers have not started, so there is nothing to judge.
        guard isLeader else { return failures }
        for controller in controllers {
            if controller.workersEnded {
                failures.append("controller \(controller.name): workers stopped")
            } else if let longest = controller.longestInFlight, longest >= stuckWorkerThreshold {
                failures.append(
                    "controller \(controller.name): a worker has held one key for \(Self.seconds(longest))"
                        + " (threshold \(Self.seconds(stuckWorkerThreshold)))")
            }
        }
        return failures
    }

    /// Whole seconds, as `600s`: enough precision for thresholds of minutes.
    private static func seconds(_ duration: Duration) -> String {
        "\(duration.components.seconds)s"
    }
}
