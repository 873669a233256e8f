import Foundation
import KubeCore

/// Times `body` over several runs after a warm-up and reports the median, which is steadier
/// than the mean on a shared 2-core machine.
func medianSeconds(runs: Int = 9, warmup: Int = 2, _ body: () throws -> Void) rethrows -> Double {
    for _ in 0..<warmup { try body() }
    var samples: [Double] = []
    samples.reserveCapacity(runs)
    for _ in 0..<runs {
        let start = ContinuousClock.now
        try body()
        samples.append(seconds(ContinuousClock.now - start))
    }
    return samples.sorted()[runs / 2]
}

func megabytesPerSecond(bytes: Int, seconds: Double) -> Double {
    Double(bytes) / 1_000_000 / seconds
}

func printFigure(_ label: String, _ value: Double, unit: String) {
    print(label.padding(toLength: 52, withPad: " ", startingAt: 0) + String(format: "%10.1f %@", value, unit))
}

/// Runs `total` operations with `concurrency` workers; returns the elapsed seconds.
func timed(concurrency: Int, total: Int, _ operation: @escaping @Sendable (Int) async throws -> Void) async throws -> Double {
    let start = ContinuousClock.now
    try await withThrowingTaskGroup(of: Void.self) { group in
        for worker in 0..<concurrency {
            group.addTask {
                for index in stride(from: worker, to: total, by: concurrency) { try await operation(index) }
            }
        }
        try await group.waitForAll()
    }
    return seconds(ContinuousClock.now - start)
}

func seconds(_ duration: Duration) -> Double {
    duration.timeInterval
}
