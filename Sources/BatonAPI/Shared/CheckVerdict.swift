/// What one evaluation of a check concluded. Inconclusive is its own verdict, never a pass: a
/// query that returns nothing, too few samples, or a Prometheus that does not answer says
/// nothing about the model (Argo Rollouts passed or aborted on empty results:
/// argo-rollouts#1466, #4479).
public enum CheckVerdict: String, Codable, Sendable, Hashable, CaseIterable {
    case pass = "Pass"
    case fail = "Fail"
    case inconclusive = "Inconclusive"
}
