import Foundation

// Usage: BatonBenchmarks [corpus folder]      — every benchmark, the operator's with 1,000 Models
//        BatonBenchmarks models [N]           — only the operator's, with N Models
// The corpus defaults to ../shared/corpus beside the package root, where the workplace puts it.
// The operator benchmark runs the `baton` binary built beside this one (swift build -c release).
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "models" {
    try await runOperatorBenchmark(models: arguments.dropFirst().first.flatMap { Int($0) } ?? 1_000)
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
