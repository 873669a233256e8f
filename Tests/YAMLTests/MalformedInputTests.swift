import KubeCore
import Testing
import YAML

/// Broken YAML fails with the line, the column and what was expected.
@Suite struct MalformedInputTests {
    private func failure(_ text: String) -> YAMLError? {
        #expect(throws: YAMLError.self) { try YAML.parseAll(text) }
    }

    private func failure(_ bytes: [UInt8]) -> YAMLError? {
        #expect(throws: YAMLError.self) { try YAML.parseAll(bytes) }
    }

    @Test func badIndentation() {
        let error = failure("a:\n  b: 1\n c: 2\n")
        #expect(error?.line == 3)
        #expect(error?.column == 2)
        #expect(error?.message == "did not find expected key while parsing a block mapping that started at line 1, column 1")
    }

    @Test func missingColon() {
        let error = failure("a:\n  b: 1\n  c\n  d: 2\n")
        #expect(error?.line == 4)
        #expect(error?.column == 3)
        #expect(error?.message == "could not find expected ':' while scanning a simple key that started at line 3, column 3")
    }

    @Test func unclosedQuote() {
        let error = failure("a: \"abc\nb: 1\n")
        #expect(error?.line == 3)
        #expect(error?.column == 1)
        #expect(error?.message == "found unexpected end of stream while scanning a quoted scalar that started at line 1, column 4")
    }

    @Test func unclosedFlowSequence() {
        let error = failure("a: [1, 2\nb: 3\n")
        #expect(error?.line == 2)
        #expect(error?.message.hasPrefix("did not find expected ',' or ']' while parsing a flow sequence") == true)
    }

    @Test func tabIndentation() {
        let error = failure("a:\n\tb: 1\n")
        #expect(error?.line == 2)
        #expect(error?.column == 1)
        #expect(error?.message == "found character that cannot start any token while scanning for the next token")
    }

    @Test func undefinedAlias() {
        let error = failure("a: 1\nb: *nope\n")
        #expect(error?.line == 2)
        #expect(error?.column == 4)
        #expect(error?.message == "unknown anchor 'nope' referenced")
    }

    @Test func duplicateKey() {
        let error = failure("a: 1\nb: 2\na: 3\n")
        #expect(error?.line == 3)
        #expect(error?.column == 1)
        #expect(error?.message == "mapping key \"a\" already defined")
        // Keys that become the same string are duplicates too.
        let converted = failure("1: a\n\"1\": b\n")
        #expect(converted?.line == 2)
        #expect(converted?.message == "mapping key \"1\" already defined")
        // In a mapping too large to compare keys pairwise.
        let large = (0..<20).map { "key\($0): \($0)" } + ["key3: again"]
        let inLarge = failure(large.joined(separator: "\n"))
        #expect(inLarge?.line == 21)
        #expect(inLarge?.message == "mapping key \"key3\" already defined")
        // Also in a nested flow mapping.
        let nested = failure("top:\n  inner: {x: 1, x: 2}\n")
        #expect(nested?.line == 2)
        #expect(nested?.column == 17)
    }

    @Test func invalidUTF8() {
        let error = failure(Array("a: ok\nb: ".utf8) + [0xFF] + Array("\n".utf8))
        #expect(error?.line == 2)
        #expect(error?.column == 4)
        #expect(error?.message == "invalid UTF-8: invalid leading UTF-8 octet (0xFF at byte 9)")
        let truncated = failure(Array("a: é".utf8).dropLast() + Array("\n".utf8))
        #expect(truncated?.line == 1)
        #expect(truncated?.message.hasPrefix("invalid UTF-8:") == true)
    }

    @Test func invalidUTF16() {
        let error = failure([0xFF, 0xFE, 0x00, 0xD8, 0x61, 0x00])  // an unpaired high surrogate
        #expect(error?.message.hasPrefix("invalid UTF-16") == true)
    }

    @Test func controlCharacters() {
        let error = failure("a: b\u{7}\n")
        #expect(error?.line == 1)
        #expect(error?.column == 5)
        #expect(error?.message == "control characters are not allowed (0x07 at byte 4)")
    }

    @Test func blockEntryInAScalarContext() {
        let error = failure("value: -\n")
        #expect(error?.line == 1)
        #expect(error?.message == "block sequence entries are not allowed in this context")
    }

    @Test func descriptionCarriesThePosition() {
        let error = failure("a: *x\n")
        #expect(error?.description == "line 1, column 4: unknown anchor 'x' referenced")
    }
}
