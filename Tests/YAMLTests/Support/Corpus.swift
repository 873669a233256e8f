import Foundation
import TestSupport

/// The shared corpus of real manifests, `<package root>/../shared/corpus` (`SharedCorpus`).
enum Corpus {
    static let root = SharedCorpus.root

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
