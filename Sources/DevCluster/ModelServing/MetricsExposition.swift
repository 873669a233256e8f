import Foundation

/// Metric families written in Prometheus' text exposition format, version 0.0.4.
struct MetricsExposition {
    static let contentType = "text/plain; version=0.0.4; charset=utf-8"

    private(set) var text = ""

    mutating func counter(_ name: String, help: String, _ value: Double) {
        header(name, help: help, type: "counter")
        sample(name, [], value)
    }

    /// One family with a series per label set.
    mutating func histogram(_ name: String, help: String, _ series: [(labels: [(String, String)], histogram: ExpectedHistogram)]) {
        header(name, help: help, type: "histogram")
        for (labels, histogram) in series {
            for (bound, count) in zip(histogram.upperBounds, histogram.cumulativeCounts) {
                sample(name + "_bucket", labels + [("le", Self.number(bound))], count)
            }
            sample(name + "_bucket", labels + [("le", "+Inf")], histogram.count)
            sample(name + "_sum", labels, histogram.sum)
            sample(name + "_count", labels, histogram.count)
        }
    }

    /// As Prometheus writes numbers: `+Inf`, whole numbers without a fraction (`1`, not `1.0`),
    /// others in their shortest exact form.
    static func number(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value > 0 ? "+Inf" : "-Inf" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    private mutating func header(_ name: String, help: String, type: String) {
        text += "# HELP \(name) \(help)\n# TYPE \(name) \(type)\n"
    }

    private mutating func sample(_ name: String, _ labels: [(String, String)], _ value: Double) {
        text += name
        if !labels.isEmpty {
            text += "{" + labels.map { "\($0.0)=\"\(Self.escaped($0.1))\"" }.joined(separator: ",") + "}"
        }
        text += " \(Self.number(value))\n"
    }

    /// Label values escape backslashes, double quotes and line feeds.
    private static func escaped(_ value: String) -> String {
        value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n")
    }
}
