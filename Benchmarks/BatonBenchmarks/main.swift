import Foundation

// Usage: BatonBenchmarks [corpus folder]      — every benchmark, the operator's with 1,000 Models
//        BatonBenchmarks models [N]           — only the operator's, with N Models
//        BatonBenchmarks monitors [N] [--interval 10s] [--window 60s]
//                                             — only the Monitors', N of them (1,000) with Prometheus
//        BatonBenchmarks rollouts [N]         — N Canary rollouts at once (100) and the rollback latency
// The corpus defaults to ../shared/corpus beside the package root, where the workplace puts it.
// The operator benchmark runs the `baton` binary built beside this one (swift build -c release).
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "models" {
    try await runOperatorBenchmark(models: arguments.dropFirst().first.flatMap { Int($0) } ?? 1_000)
    exit(0)
}
if arguments.first == "monitors" {
    let options = Array(arguments.dropFirst())
    let option = { (name: String) in options.firstIndex(of: name).flatMap { options.dropFirst($0 + 1).first } }
    guard let interval = wholeSeconds(option("--interval") ?? "10s"), let window = wholeSeconds(option("--window") ?? "60s") else {
        FileHandle.standardError.write(Data("--interval and --window take whole seconds, as 10s\n".utf8))
        exit(2)
    }
    do {
        try await runMonitorBenchmark(
            monitors: options.first.flatMap { Int($0) } ?? 1_000, interval: interval, window: window)
    } catch {
        FileHandle.standardError.write(Data("monitors benchmark failed: \(error)\n".utf8))
        exit(1)
    }
    exit(0)
}
if arguments.first == "rollouts" {
    do {
        try await runRolloutBenchmark(canaries: arguments.dropFirst().first.flatMap { Int($0) } ?? 100)
    } catch {
        FileHandle.standardError.write(Data("rollouts benchmark failed: \(error)\n".utf8))
        exit(1)
    }
    exit(0)
}
let corpusRoot =
    arguments.first.map { URL(fileURLWithPath: $0) }
    ?? URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().appendingPathComponent("../../../shared/corpus").standardizedFileURL

runYAMLBenchmark(corpusRoot: corpusRoot)
print()
try runJSONBenchmark()
print()
try await runClientBenchmark()
print()
try await runDevClusterBenchmark()
print()
try await runOperatorBenchmark(models: 1_000)

/// `10s` as a Duration.
func wholeSeconds(_ text: String) -> Duration? {
    guard text.hasSuffix("s"), let value = Int(text.dropLast()), value > 0 else { return nil }
    return .seconds(value)
}
