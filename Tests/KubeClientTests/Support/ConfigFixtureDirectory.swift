import Foundation
import KubeClient

/// A temporary directory for kubeconfigs, certificates, tokens and plugin scripts, removed when
/// the test lets go of it.
final class ConfigFixtureDirectory: Sendable {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory
            .appendingPathComponent("baton-config-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Writes `contents` to `relativePath` (creating directories) and returns the absolute path.
    @discardableResult
    func write(_ relativePath: String, _ contents: String, executable: Bool = false) throws -> String {
        let file = self.file(relativePath)
        try FileManager.default.createDirectory(
            atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(contents.utf8).write(to: URL(fileURLWithPath: file))
        if executable {
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: file)
        }
        return file
    }

    func file(_ relativePath: String) -> String { path + "/" + relativePath }

    func read(_ relativePath: String) throws -> String {
        try String(contentsOfFile: file(relativePath), encoding: .utf8)
    }

    /// A loader that reads only what the test gives it: `HOME` is this directory unless the
    /// environment says otherwise, and the in-cluster fallback finds no service account.
    func loader(
        explicitPath: String? = nil, context: String? = nil, namespace: String? = nil,
        environment: [String: String] = [:]
    ) -> KubeConfigLoader {
        KubeConfigLoader(
            explicitPath: explicitPath, context: context, namespace: namespace,
            environment: environment.merging(["HOME": path]) { given, _ in given },
            inCluster: InClusterConfig(serviceAccountDirectory: file("no-service-account"), environment: [:]))
    }
}
