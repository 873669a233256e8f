import Testing

/// A metrics page in Prometheus' text format (0.0.4), read strictly enough that a malformed
/// line, or a sample of a family with no `# TYPE`, fails the test.
struct ExpositionPage {
    struct Sample {
        var name: String
        var labels: [String: String]
        var value: Double
    }

    private(set) var samples: [Sample] = []
    /// By family name.
    private(set) var types: [String: String] = [:]

    init(_ text: String) throws {
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) where !line.isEmpty {
            if line.hasPrefix("# TYPE ") {
                let parts = line.split(separator: " ")
                try #require(parts.count == 4, "bad TYPE line: \(line)")
                types[String(parts[2])] = String(parts[3])
            } else if !line.hasPrefix("#") {
                samples.append(try Self.sample(String(line)))
            }
        }
        for sample in samples {
            let family = ["_bucket", "_sum", "_count"].first { sample.name.hasSuffix($0) && types[String(sample.name.dropLast($0.count))] == "histogram" }
                .map { String(sample.name.dropLast($0.count)) } ?? sample.name
            try #require(types[family] != nil, "\(sample.name) has no # TYPE line")
        }
    }

    /// `name{a="x",b="y"} 1.5`
    private static func sample(_ line: String) throws -> Sample {
        let nameEnd = line.firstIndex { $0 == "{" || $0 == " " } ?? line.endIndex
        let name = String(line[..<nameEnd])
        try #require(!name.isEmpty && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == ":" }, "bad metric name in: \(line)")
        var rest = line[nameEnd...]
        var labels: [String: String] = [:]
        if rest.hasPrefix("{") {
            let close = try #require(rest.firstIndex(of: "}"), "unclosed labels in: \(line)")
            for pair in rest[rest.index(after: rest.startIndex)..<close].split(separator: ",") {
                let parts = pair.split(separator: "=", maxSplits: 1)
                try #require(parts.count == 2 && parts[1].hasPrefix("\"") && parts[1].hasSuffix("\""), "bad label in: \(line)")
                labels[String(parts[0])] = String(parts[1].dropFirst().dropLast())
            }
            rest = rest[rest.index(after: close)...]
        }
        try #require(rest.hasPrefix(" "), "no value in: \(line)")
        let value = try #require(Double(rest.dropFirst() == "+Inf" ? "inf" : String(rest.dropFirst())), "bad value in: \(line)")
        return Sample(name: name, labels: labels, value: value)
    }

    func value(_ name: String, _ labels: [String: String] = [:]) -> Double? {
        samples.first { $0.name == name && $0.labels == labels }?.value
    }

    /// A histogram series' buckets in the page's order: (`le`, cumulative count).
    func buckets(_ family: String, _ labels: [String: String] = [:]) -> [(le: String, count: Double)] {
        samples.filter { $0.name == family + "_bucket" && $0.labels.filter { $0.key != "le" } == labels }
            .map { ($0.labels["le"] ?? "", $0.value) }
    }
}
