import BatonAPI
import Foundation

/// `allowedArtifactURIPrefixes`: where a served artifact may come from.
struct ArtifactPrefixCheck: PolicyCheck {
    let allowed: [String]

    func violations(by subject: PolicySubject, now: Date) -> [PolicyViolation] {
        let list = allowed.joined(separator: ", ")
        guard let uri = subject.artifactURI else {
            return [PolicyViolation(
                rule: .allowedArtifactURIPrefixes,
                message: "the artifact's location is not known, so it cannot be checked against \(list): set "
                    + "spec.artifact.uri or spec.training.outputURI")]
        }
        guard !allowed.contains(where: { uri.hasPrefix($0) }) else { return [] }
        return [PolicyViolation(
            rule: .allowedArtifactURIPrefixes,
            message: "artifact \(uri) is not under an allowed prefix (\(list)): store it under one of them")]
    }
}
