import Foundation
import KubeCore
import Testing
import YAML

/// Every real manifest of the shared corpus parses, and means what an independent parser
/// (PyYAML with go-yaml's resolution table) says it means.
@Suite struct CorpusTests {
    @Test func corpusIsFound() {
        // The parameterized tests below would pass vacuously on an empty list.
        #expect(Corpus.files.count >= 25, "expected the shared corpus at \(Corpus.root.path)")
    }

    @Test(arguments: Corpus.files)
    func matchesReferenceParser(file: String) async throws {
        let ours = try YAML.parseAll(try Corpus.bytes(file))
        let reference = try await ReferenceYAML.documents(of: Corpus.url(file))
        #expect(ours.count == reference.count)
        for (index, (mine, theirs)) in zip(ours, reference).enumerated() {
            let found = difference(mine, theirs)
            #expect(found == nil, "document \(index) of \(file) differs from PyYAML at \(found ?? "")")
        }
    }
}
