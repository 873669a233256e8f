import Drift

/// What one check's query measured for one Model version, before it is judged.
enum Measurement: Sendable, Equatable {
    /// A metric check's single value.
    case value(Double)
    /// A drift check's live histogram (nil when the query returned no series) and the reference
    /// it is scored against.
    case histogram(live: BucketedHistogram?, reference: BucketedHistogram)
    /// Nothing to judge, and why: no data, too many series, Prometheus not answering.
    case inconclusive(String)
}
