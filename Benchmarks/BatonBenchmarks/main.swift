import Foundation

// Usage: BatonBenchmarks [corpus folder]. The corpus defaults to ../shared/corpus beside the
// package root, where the workplace puts it.
let corpusRoot =
    CommandLine.arguments.dropFirst().first.map { URL(fileURLWithPath: $0) }
    ?? URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().appendingPathComponent("../../../shared/corpus").standardizedFileURL

runYAMLBenchmark(corpusRoot: corpusRoot)
print()
try runJSONBenchmark()
print()
try await runClientBenchmark()
print()
try await runDevClusterBenchmark()
