import BatonAPI
import Foundation

/// `allowedImageRegistries`: every image the version runs comes from an allowed registry (or
/// registry path), read as a container runtime reads the reference.
struct ImageRegistryCheck: PolicyCheck {
    let allowed: [String]

    func violations(by subject: PolicySubject, now: Date) -> [PolicyViolation] {
        let list = allowed.joined(separator: ", ")
        return Array(Set(subject.images)).sorted().compactMap { image in
            guard let reference = ImageReference(image) else {
                return PolicyViolation(rule: .allowedImageRegistries, message: "image \"\(image)\" is not a valid image reference")
            }
            guard !allowed.contains(where: reference.isFrom) else { return nil }
            let origin = reference.registry == ImageReference.dockerHub ? "Docker Hub (\(reference.registry))" : reference.registry
            return PolicyViolation(
                rule: .allowedImageRegistries,
                message: "image \(image) comes from \(origin), not an allowed registry (\(list)): use an image from one of them")
        }
    }
}
