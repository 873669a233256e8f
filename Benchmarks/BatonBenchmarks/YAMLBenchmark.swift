import CYAML
import Foundation
import KubeCore
import YAML

/// YAML parse throughput on the 2 MB KServe CRD: libyaml's bare event pull (parse and delete
/// each event, nothing else) against `YAML.parse` building the full `JSONValue`, measured in the
/// same run. Prints MB/s by wall-clock time (the median of the runs) and the ratio of the two;
/// the ratio by the thread's CPU time is printed as well, since it is what stays steady on a
/// busy machine.
func runYAMLBenchmark(corpusRoot: URL) {
    let file = corpusRoot.appendingPathComponent("crds/kserve/serving.kserve.io_inferenceservices.yaml")
    guard let data = FileManager.default.contents(atPath: file.path) else {
        print("YAML: cannot read \(file.path)")
        return
    }
    let bytes = [UInt8](data)
    let megabytes = Double(bytes.count) / 1_000_000

    // The parsed tree is released outside the timed region, as a caller keeps what it parses;
    // alternating the two measurements keeps a busy machine's noise out of their ratio.
    var tree: JSONValue = .null
    let (raw, parsed) = YAMLBenchmarkTimer.medians(
        { rawEventPull(bytes) },
        prepareSecond: { tree = .null },
        {
            do {
                tree = try YAML.parse(bytes)
            } catch {
                fatalError("YAML.parse failed on the benchmark file: \(error)")
            }
        })
    guard tree["kind"] == "CustomResourceDefinition" else { fatalError("YAML.parse misread the benchmark file") }

    let rawRate = megabytes / raw.wall
    let parseRate = megabytes / parsed.wall
    print("YAML raw libyaml event pull: \(format(rawRate)) MB/s (\(file.lastPathComponent), \(bytes.count) bytes)")
    print("YAML.parse into JSONValue:   \(format(parseRate)) MB/s")
    print("YAML parse / raw ratio:      \(format(parseRate / rawRate)) (by CPU time: \(format(raw.cpu / parsed.cpu)))")
}

/// Parses every event of `bytes` with libyaml and drops it: the floor any libyaml-based parser
/// stands on.
private func rawEventPull(_ bytes: [UInt8]) {
    bytes.withUnsafeBufferPointer { input in
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { fatalError("libyaml could not allocate a parser") }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_input_string(&parser, input.baseAddress, input.count)
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else { fatalError("libyaml failed on the benchmark file") }
            let done = event.type == YAML_STREAM_END_EVENT
            yaml_event_delete(&event)
            if done { break }
        }
    }
}

private func format(_ value: Double) -> String {
    String(format: "%.2f", value)
}

/// Times two workloads in alternation, by wall clock and by the thread's CPU time.
private enum YAMLBenchmarkTimer {
    struct Seconds {
        var wall: Double
        var cpu: Double
    }

    /// The median times of `first` and `second` over `runs` alternating calls, after `warmups`
    /// untimed calls of each; `prepareSecond` runs untimed before each call of `second`.
    static func medians(
        warmups: Int = 3, runs: Int = 21, _ first: () -> Void, prepareSecond: () -> Void, _ second: () -> Void
    ) -> (Seconds, Seconds) {
        for _ in 0..<warmups {
            first()
            prepareSecond()
            second()
        }
        var firstTimes: [Seconds] = []
        var secondTimes: [Seconds] = []
        for _ in 0..<runs {
            firstTimes.append(measure(first))
            prepareSecond()
            secondTimes.append(measure(second))
        }
        return (median(firstTimes), median(secondTimes))
    }

    private static func measure(_ body: () -> Void) -> Seconds {
        let clock = ContinuousClock()
        let cpuStart = threadCPUSeconds()
        let wall = clock.measure(body)
        let cpu = threadCPUSeconds() - cpuStart
        return Seconds(wall: Double(wall.components.seconds) + Double(wall.components.attoseconds) / 1e18, cpu: cpu)
    }

    private static func median(_ times: [Seconds]) -> Seconds {
        Seconds(
            wall: times.map(\.wall).sorted()[times.count / 2],
            cpu: times.map(\.cpu).sorted()[times.count / 2])
    }

    private static func threadCPUSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
}
