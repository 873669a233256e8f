import Foundation
import Testing

@Suite struct SmokeTests {
    @Test func kubectlSeesTheSystemNamespaces() async throws {
        try await withKubectl { kubectl, _ in
            let result = try await kubectl.run(["get", "namespaces", "-o", "name"])
            #expect(result.succeeded, "\(result.stderr)")
            #expect(result.stdout.split(separator: "\n").sorted() == [
                "namespace/default", "namespace/kube-node-lease", "namespace/kube-public", "namespace/kube-system",
            ])
        }
    }
}
