import KubeCore
import Testing
import YAML

/// Streams of several documents, as `kubectl apply -f` reads them.
@Suite struct MultiDocumentTests {
    @Test func documentsSeparatedByDashes() throws {
        #expect(try YAML.parseAll("a: 1\n---\nb: 2\n") == [["a": 1], ["b": 2]])
    }

    @Test func leadingSeparatorAndDocumentEndMarkers() throws {
        #expect(try YAML.parseAll("---\na: 1\n") == [["a": 1]])
        #expect(try YAML.parseAll("a: 1\n...\n") == [["a": 1]])
        #expect(try YAML.parseAll("---\na: 1\n...\n---\nb: 2\n...\n") == [["a": 1], ["b": 2]])
        #expect(try YAML.parseAll("%YAML 1.1\n---\na: 1\n") == [["a": 1]])
    }

    @Test func emptyAndNullDocumentsAreSkipped() throws {
        #expect(try YAML.parseAll("---\n---\na: 1\n---\n---\n") == [["a": 1]])
        #expect(try YAML.parseAll("# only a comment\n---\na: 1\n---\n# another comment\n") == [["a": 1]])
        #expect(try YAML.parseAll("---\nnull\n---\na: 1\n---\n~\n") == [["a": 1]])
        #expect(try YAML.parseAll("") == [])
        #expect(try YAML.parseAll("# nothing\n\n") == [])
    }

    @Test func scalarAndSequenceDocuments() throws {
        #expect(try YAML.parseAll("--- hello\n--- 42\n--- [1, 2]\n") == ["hello", 42, [1, 2]])
    }

    @Test func parseReadsOneDocument() throws {
        #expect(try YAML.parse("") == .null)
        #expect(try YAML.parse("# just a comment\n") == .null)
        #expect(try YAML.parse("---\na: 1\n---\n") == ["a": 1])
        #expect(try YAML.parse([UInt8]("a: 1\n".utf8)) == ["a": 1])
    }

    @Test func parseRefusesASecondDocument() throws {
        let error = #expect(throws: YAMLError.self) { try YAML.parse("a: 1\n---\nb: 2\n") }
        #expect(error?.message == "expected a single document in the stream, but found another document")
        #expect(error?.line == 2)
        #expect(error?.column == 1)
        #expect(error?.documentIndex == 1)
    }

    @Test func anchorsDoNotCrossDocuments() throws {
        let error = #expect(throws: YAMLError.self) { try YAML.parseAll("a: &x 1\n---\nb: *x\n") }
        #expect(error?.message == "unknown anchor 'x' referenced")
        #expect(error?.line == 3)
        #expect(error?.documentIndex == 1)
    }

    @Test func errorsNameTheirDocument() throws {
        let error = #expect(throws: YAMLError.self) { try YAML.parseAll("a: 1\n---\n---\nb: [1,\n") }
        #expect(error?.documentIndex == 2)
        #expect(error?.line == 5)
    }

    @Test func utf16WithByteOrderMark() throws {
        let text = "a: ñ\n---\nb: 2\n"
        let littleEndian: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let bigEndian: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try YAML.parseAll(littleEndian) == [["a": "ñ"], ["b": 2]])
        #expect(try YAML.parseAll(bigEndian) == [["a": "ñ"], ["b": 2]])
    }

    @Test func utf8ByteOrderMarkIsSkipped() throws {
        #expect(try YAML.parse([0xEF, 0xBB, 0xBF] + Array("a: 1\n".utf8)) == ["a": 1])
    }
}
