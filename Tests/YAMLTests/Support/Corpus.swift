import Foundation

/// The shared corpus of real manifests, `<package root>/../shared/corpus`, found from this
/// file's path so that the tests run from any checkout location.
enum Corpus {
    static let root: URL = {
        var packageRoot = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { packageRoot.deleteLastPathComponent() }  // Support, YAMLTests, Tests, file
        return packageRoot.appendingPathComponent("../shared/corpus").standardizedFileURL
    }()

    /// Every YAML file of the corpus, as paths relative to `root`, sorted.
    static let files: [String] = {
        guard let walker = FileManager.default.enumerator(atPath: root.path) else { return [] }
        return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
    }()

    static func url(_ relativePath: String) -> URL {
        root.appendingPathComponent(relativePath)
    }

    static func bytes(_ relativePath: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: url(relativePath)))
    }
}
