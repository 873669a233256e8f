import Foundation
import Testing

@testable import BatonAPI

/// `manifests/crds/baton.dev.yaml` is what `baton crds` prints; a change to the types must be
/// followed by regenerating it (`swift run baton crds > manifests/crds/baton.dev.yaml`).
@Suite struct ManifestDriftTests {
    @Test func theCommittedCRDsAreTheGeneratedOnes() throws {
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let committed = try String(
            contentsOf: packageRoot.appendingPathComponent("manifests/crds/baton.dev.yaml"), encoding: .utf8)
        #expect(
            committed == (try CustomResourceDefinitions.yaml()),
            "manifests/crds/baton.dev.yaml drifted from the types: run `swift run baton crds > manifests/crds/baton.dev.yaml`")
    }
}
