/// How two histograms are compared.
public enum DriftMethod: String, Codable, Sendable, Hashable, CaseIterable {
    /// Population Stability Index: 0.1 is a moderate shift, 0.25 a large one.
    case psi = "PSI"
    /// The Kolmogorov-Smirnov statistic D, the largest gap between the two cumulative
    /// distributions (0 to 1).
    case kolmogorovSmirnov = "KolmogorovSmirnov"
}
