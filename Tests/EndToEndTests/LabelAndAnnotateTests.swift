import Testing

/// `kubectl label` and `kubectl annotate`: add, refuse to change without `--overwrite`,
/// change with it, remove with `key-`.
@Suite struct LabelAndAnnotateTests {
    /// command, the metadata map it edits, and what kubectl says after adding and removing.
    @Test(arguments: [
        ("label", "labels", "labeled", "unlabeled"),
        ("annotate", "annotations", "annotated", "annotated"),
    ])
    func addOverwriteAndRemove(command: String, map: String, added: String, removed: String) async throws {
        try await withKubectl(simulation: false) { kubectl, _ in
            try await kubectl.apply(Manifests.configMap("settings"))
            func tier() async throws -> String {
                try await kubectl.jsonpath("{.metadata.\(map).tier}", ["configmap", "settings"])
            }

            expectEqual(try await kubectl.succeed([command, "configmap", "settings", "tier=front"]), "configmap/settings \(added)\n")
            expectEqual(try await tier(), "front")

            let refused = try await kubectl.run([command, "configmap", "settings", "tier=back"])
            #expect(!refused.succeeded)
            #expect(refused.stderr.contains("'tier' already has a value (front)"), "\(refused.stderr)")
            #expect(refused.stderr.contains("--overwrite is false"), "\(refused.stderr)")
            expectEqual(try await tier(), "front")

            expectEqual(try await kubectl.succeed([command, "configmap", "settings", "tier=back", "--overwrite"]), "configmap/settings \(added)\n")
            expectEqual(try await tier(), "back")

            expectEqual(try await kubectl.succeed([command, "configmap", "settings", "tier-"]), "configmap/settings \(removed)\n")
            expectEqual(try await kubectl.json(["configmap", "settings"])[path: ["metadata", map, "tier"]], nil)
        }
    }
}
